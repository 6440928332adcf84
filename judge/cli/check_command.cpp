// `pyjudge check EXERCISE SOLUTION.py`: one solution against one exercise.
#include <iostream>
#include <memory>

#include "judge/cli/commands.hpp"
#include "judge/errors.hpp"
#include "judge/learner/check.hpp"
#include "judge/run/stop_signals.hpp"
#include "judge/spec/loader.hpp"

namespace pyjudge::cli {

namespace {

struct CheckOptions {
  std::string exercise;
  std::string solution;
  std::string format = "text";
  std::string color = "auto";
  std::string exercises_dir;
  bool no_record = false;
  bool require_sandbox = false;
};

int run_check(const CheckOptions& options) {
  stop_signals::install();  // Ctrl-C stops the runner and its scratch folder goes too: exit 130
  RunnerSession session(default_runner_path(), learner_job_options(options.require_sandbox));
  session.start_runner();  // CPython starts up while the exercise loads
  const Exercise exercise = load_named_exercise(options.exercise, options.exercises_dir);
  ProgressStore store;
  const auto result = learner_check(session, exercise, options.solution,
                                    {options.exercise, options.format, !options.no_record, *parse_color_choice(options.color)}, store, std::cout, std::cerr);
  return check_exit_code(result);
}

}  // namespace

void add_check_command(CLI::App& app, Action& action) {
  auto options = std::make_shared<CheckOptions>();
  auto* cmd = app.add_subcommand("check", "Check a solution against an exercise's tests");
  add_exercise_argument(cmd, options->exercise);
  cmd->add_option("solution", options->solution, "The candidate's .py file")->required();
  cmd->add_option("--format", options->format, "Report format: text, json (docs/json-report.md) or exercism")
      ->check(CLI::IsMember({"text", "json", "exercism"}))
      ->capture_default_str();
  add_color_option(cmd, options->color);
  add_exercises_option(cmd, options->exercises_dir);
  cmd->add_flag("--no-record", options->no_record, "Do not record the result in the progress file");
  add_require_sandbox_flag(cmd, options->require_sandbox);
  cmd->callback([options, &action] { action = [options] { return run_check(*options); }; });
}

}  // namespace pyjudge::cli
