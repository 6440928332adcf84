// `pyjudge watch SLUG FILE`: checks the file, then again on every save, until
// Ctrl-C (exit 0). The screen is cleared between runs on a terminal only.
#include <unistd.h>

#include <iostream>
#include <memory>

#include "judge/cli/commands.hpp"
#include "judge/errors.hpp"
#include "judge/learner/file_watch.hpp"
#include "judge/learner/check.hpp"
#include "judge/learner/progress.hpp"
#include "judge/spec/loader.hpp"

namespace pyjudge::cli {

namespace {

namespace fs = std::filesystem;

struct WatchOptions {
  std::string exercise, file, exercises_dir, color = "auto";
  bool no_record = false;
};

void check_once(RunnerSession& session, const Exercise& exercise, const WatchOptions& options, ProgressStore& store, int run) {
  if (::isatty(1)) std::cout << "\033[H\033[2J\033[3J";
  std::cout << "=== pyjudge watch: run " << run << " at " << utc_timestamp() << " ===\n" << std::flush;  // before the check, even into a pipe
  if (!fs::exists(options.file)) {
    std::cout << options.file << " does not exist (yet); waiting for it to be saved\n" << std::flush;
    return;
  }
  try {
    learner_check(session, exercise, options.file, {options.exercise, "text", !options.no_record, *parse_color_choice(options.color)}, store, std::cout, std::cerr);
  } catch (const UsageError& e) {
    std::cout << "pyjudge: " << e.what() << "\n";
  }
  std::cout << "watching " << options.file << " (Ctrl-C to stop)\n" << std::flush;
}

int run_watch(const WatchOptions& options) {
  const Exercise exercise = load_named_exercise(options.exercise, options.exercises_dir);
  const fs::path dir = fs::path(options.file).has_parent_path() ? fs::path(options.file).parent_path() : fs::path(".");
  if (!fs::is_directory(dir)) throw UsageError("cannot watch " + options.file + ": " + dir.string() + " is not a folder");
  std::unique_ptr<FileWatch> watch;  // before the first check, so that Ctrl-C is handled from the start
  try {
    watch = std::make_unique<FileWatch>(options.file);
  } catch (const std::runtime_error& e) {
    throw UsageError(e.what());
  }
  RunnerSession session(default_runner_path(), JobOptions::from_environment());
  ProgressStore store;
  int run = 0;
  try {
    check_once(session, exercise, options, store, ++run);
    while (watch->wait() == FileWatch::Event::Saved) {
      if (FileWatch::interrupted()) break;
      check_once(session, exercise, options, store, ++run);
    }
  } catch (const Interrupted&) {
    // Ctrl-C in the middle of a check: its runner is stopped, nothing is recorded.
  }
  std::cout << "\nstopped watching " << options.file << "\n";
  return 0;
}

}  // namespace

void add_watch_command(CLI::App& app, Action& action) {
  auto options = std::make_shared<WatchOptions>();
  auto* cmd = app.add_subcommand("watch", "Check a solution again every time it is saved");
  add_exercise_argument(cmd, options->exercise);
  cmd->add_option("file", options->file, "The solution file to watch")->required();
  add_exercises_option(cmd, options->exercises_dir);
  cmd->add_flag("--no-record", options->no_record, "Do not record results in the progress file");
  add_color_option(cmd, options->color);
  cmd->callback([options, &action] { action = [options] { return run_watch(*options); }; });
}

}  // namespace pyjudge::cli
