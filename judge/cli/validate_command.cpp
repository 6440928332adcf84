// `pyjudge validate [PATH...]`: every problem of the exercises' files in one
// pass, each as file:line:column: message.
#include <iostream>
#include <memory>

#include "judge/cli/commands.hpp"
#include "judge/spec/catalog.hpp"
#include "judge/authoring/exercise_folder.hpp"

namespace pyjudge::cli {

namespace {

struct ValidateOptions {
  std::vector<std::string> paths;
  std::string exercises_dir;
};

int run_validate(const ValidateOptions& options) {
  const auto dirs = expand_exercises(options.paths, catalog_dir(options.exercises_dir));
  std::size_t errors = 0, broken = 0;
  for (const auto& dir : dirs) {
    const auto folder = read_exercise_folder(dir);
    for (const auto& d : folder.diagnostics) std::cout << d.format() << "\n";
    errors += folder.diagnostics.size();
    broken += !folder.diagnostics.empty();
  }
  const std::string exercises = std::to_string(dirs.size()) + " exercise" + (dirs.size() == 1 ? "" : "s");
  if (errors == 0) {
    std::cout << "validated " << exercises << ": no errors\n";
    return 0;
  }
  std::cout << "validated " << exercises << ": " << errors << " error" << (errors == 1 ? "" : "s") << " in " << broken
            << " exercise" << (broken == 1 ? "" : "s") << "\n";
  return kUsageError;
}

}  // namespace

void add_validate_command(CLI::App& app, Action& action) {
  auto options = std::make_shared<ValidateOptions>();
  auto* cmd = app.add_subcommand("validate", "Check exercise files for errors (default: the whole catalog)");
  cmd->add_option("paths", options->paths, "Exercise folders, folders of exercises or slugs");
  add_exercises_option(cmd, options->exercises_dir);
  cmd->callback([options, &action] { action = [options] { return run_validate(*options); }; });
}

}  // namespace pyjudge::cli
