// `pyjudge start SLUG [DIR]`: writes the starter code to DIR/<module>.py,
// never over an existing file.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>
#include <memory>

#include "judge/cli/commands.hpp"
#include "judge/errors.hpp"
#include "judge/spec/loader.hpp"

namespace pyjudge::cli {

namespace {

namespace fs = std::filesystem;

struct StartOptions {
  std::string exercise, dir = ".", exercises_dir;
};

// O_EXCL: the file is created by us or not at all.
void write_new_file(const fs::path& path, const std::string& text) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) {
    if (errno == EEXIST) throw UsageError(path.string() + " already exists; pyjudge start never overwrites a file");
    throw UsageError("cannot create " + path.string() + ": " + std::strerror(errno));
  }
  std::string_view rest = text;
  while (!rest.empty()) {
    const ssize_t n = ::write(fd, rest.data(), rest.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      ::close(fd);
      throw UsageError("cannot write " + path.string() + ": " + std::strerror(errno));
    }
    rest.remove_prefix(static_cast<std::size_t>(n));
  }
  ::close(fd);
}

int run_start(const StartOptions& options) {
  const Exercise exercise = load_named_exercise(options.exercise, options.exercises_dir);
  std::error_code ec;
  fs::create_directories(options.dir, ec);
  if (ec) throw UsageError("cannot create " + options.dir + ": " + ec.message());
  const fs::path file = fs::path(options.dir) / exercise.solution_file();
  write_new_file(file, exercise.starter);
  std::cout << "Wrote the starter code to " << file.string() << ". Check your solution with:\n"
            << "  pyjudge check " << options.exercise << " " << file.string() << "\n"
            << "or re-check on every save with:\n"
            << "  pyjudge watch " << options.exercise << " " << file.string() << "\n";
  return 0;
}

}  // namespace

void add_start_command(CLI::App& app, Action& action) {
  auto options = std::make_shared<StartOptions>();
  auto* cmd = app.add_subcommand("start", "Write an exercise's starter code to a file to work in");
  add_exercise_argument(cmd, options->exercise);
  cmd->add_option("dir", options->dir, "Folder to write <module>.py into (default: the current one)");
  add_exercises_option(cmd, options->exercises_dir);
  cmd->callback([options, &action] { action = [options] { return run_start(*options); }; });
}

}  // namespace pyjudge::cli
