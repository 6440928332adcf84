// `pyjudge exercism SLUG INPUT_DIR OUTPUT_DIR`: the Exercism test-runner
// interface (exercism.org/docs/building/tooling/test-runners/interface).
// Checks INPUT_DIR/<module>.py (.sql for a SQL exercise) and writes
// OUTPUT_DIR/results.json (version 3);
// exits 0 whenever it wrote it, whatever the tests said, as the interface
// requires. Exit 2 only for usage errors: a folder that is not there, an
// unknown exercise.
#include <filesystem>
#include <iostream>
#include <memory>

#include "judge/cli/commands.hpp"
#include "judge/errors.hpp"
#include "judge/learner/check.hpp"
#include "judge/report/exercism.hpp"
#include "judge/report/files.hpp"

namespace pyjudge::cli {

namespace {

namespace fs = std::filesystem;

struct ExercismOptions {
  std::string slug, input_dir, output_dir, exercises_dir;
  bool require_sandbox = false;
};

void require_folder(const std::string& path, const char* what) {
  std::error_code ec;
  if (!fs::is_directory(path, ec)) throw UsageError(std::string(what) + " " + path + " is not a folder");
}

// results.json for the solution: error when it is missing or the judge could
// not run it (the message says which), else pass or fail per test.
nlohmann::json results(const ExercismOptions& options) {
  RunnerSession session(default_runner_path(), learner_job_options(options.require_sandbox));
  session.start_runner();  // CPython starts up while the exercise loads
  const Exercise exercise = load_named_exercise(options.slug, options.exercises_dir);
  const std::string file = exercise.solution_file();
  const fs::path solution = fs::path(options.input_dir) / file;
  if (!fs::is_regular_file(solution)) return exercism_error("no " + file + " in the solution folder");
  try {
    return exercism_results(exercise, run_solution_file(session, exercise, solution));
  } catch (const UsageError& e) {
    return exercism_error(e.what());
  } catch (const RunnerFailure& e) {
    return exercism_error(std::string("pyjudge could not run the tests (not your solution's fault): ") + e.what());
  }
}

int run_exercism(const ExercismOptions& options) {
  require_folder(options.input_dir, "the input folder");
  require_folder(options.output_dir, "the output folder");
  const auto report = results(options);
  write_text_file(fs::path(options.output_dir) / "results.json",
                  report.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
  return kAccepted;
}

}  // namespace

void add_exercism_command(CLI::App& app, Action& action) {
  auto options = std::make_shared<ExercismOptions>();
  auto* cmd = app.add_subcommand("exercism", "Exercism test runner: check INPUT_DIR/<module>.py, write OUTPUT_DIR/results.json");
  cmd->add_option("slug", options->slug, "Exercise slug")->required();
  cmd->add_option("input_dir", options->input_dir, "Folder holding the solution, <module>.py")->required();
  cmd->add_option("output_dir", options->output_dir, "Folder to write results.json into")->required();
  add_exercises_option(cmd, options->exercises_dir);
  add_require_sandbox_flag(cmd, options->require_sandbox);
  cmd->callback([options, &action] { action = [options] { return run_exercism(*options); }; });
}

}  // namespace pyjudge::cli
