// The pyjudge subcommands. Each command file adds its subcommand to the CLI
// app and, when chosen, sets the action to run; actions return the exit code:
// 0 accepted / success, 1 not accepted, 2 usage or spec error, 3 internal error.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <string>

#include "judge/spec/catalog.hpp"
#include "judge/spec/loader.hpp"

namespace pyjudge::cli {

enum ExitCode { kAccepted = 0, kNotAccepted = 1, kUsageError = 2, kInternalError = 3 };

using Action = std::function<int()>;

// One per command file; each registers one or more subcommands.
void add_check_command(CLI::App& app, Action& action);
void add_exercism_command(CLI::App& app, Action& action);
void add_grade_command(CLI::App& app, Action& action);
void add_merge_command(CLI::App& app, Action& action);
// Learners (check_command.cpp above too).
void add_list_command(CLI::App& app, Action& action);
void add_show_command(CLI::App& app, Action& action);
void add_start_command(CLI::App& app, Action& action);
void add_hint_command(CLI::App& app, Action& action);
void add_watch_command(CLI::App& app, Action& action);
// Authors.
void add_new_command(CLI::App& app, Action& action);
void add_validate_command(CLI::App& app, Action& action);
void add_verify_command(CLI::App& app, Action& action);
void add_seal_command(CLI::App& app, Action& action);

// Options several commands share, spelled and documented the same everywhere.
inline CLI::Option* add_exercises_option(CLI::App* cmd, std::string& dir) {
  return cmd->add_option("--exercises", dir, "Catalog folder (default: $PYJUDGE_EXERCISES, else the installed catalog)");
}
inline CLI::Option* add_lang_option(CLI::App* cmd, std::string& lang) {
  return cmd->add_option("--lang", lang, "en or ru (default: $PYJUDGE_LANG, then the locale)")->check(CLI::IsMember({"en", "ru"}));
}
inline CLI::Option* add_require_sandbox_flag(CLI::App* cmd, bool& require) {
  return cmd->add_flag("--require-sandbox", require, "Refuse to run when a sandbox layer is missing (also PYJUDGE_REQUIRE_SANDBOX=1)");
}
// --color for the commands whose text reports use colour (docs/cli.md, "Colour").
inline CLI::Option* add_color_option(CLI::App* cmd, std::string& color) {
  return cmd
      ->add_option("--color", color,
                   "Colour: auto (on a terminal, unless NO_COLOR is set or TERM=dumb; FORCE_COLOR forces it), always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
}
// The EXERCISE argument of the commands that work on one exercise.
inline CLI::Option* add_exercise_argument(CLI::App* cmd, std::string& exercise) {
  return cmd->add_option("exercise", exercise, "Exercise slug or folder")->required();
}
// The exercise such an argument names (a slug of the --exercises catalog, or a
// folder), loaded. Throws UsageError with close matches, or SpecError.
inline Exercise load_named_exercise(const std::string& exercise, const std::string& exercises_dir) {
  return load_exercise(resolve_exercise(exercise, catalog_dir(exercises_dir)));
}
void add_doctor_command(CLI::App& app, Action& action);

}  // namespace pyjudge::cli
