// `pyjudge check EXERCISE SOLUTION.py`: one solution against one exercise.
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "commands.hpp"
#include "core/catalog.hpp"
#include "core/grading.hpp"
#include "core/report.hpp"
#include "core/spec_loader.hpp"

namespace pyjudge::cli {

namespace {

struct CheckOptions {
  std::string exercise;
  std::string solution;
  std::string format = "text";
  std::string exercises_dir;
};

std::string read_solution(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw UsageError("cannot read the solution file " + path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

int exit_code_for(const SubmissionResult& result) {
  if (result.verdict == Verdict::Accepted) return kAccepted;
  if (result.verdict == Verdict::InternalError) return kInternalError;
  return kNotAccepted;
}

int run_check(const CheckOptions& options) {
  const auto dir = resolve_exercise(options.exercise, catalog_dir(options.exercises_dir));
  const Exercise exercise = load_exercise(dir);
  const std::string source = read_solution(options.solution);

  RunnerProcess runner(default_runner_path());
  std::optional<protocol::Hello> hello;
  const RunOutcome outcome = run_submission(runner, exercise, source, hello);
  const SubmissionResult result = grade(exercise, outcome, options.solution);

  if (options.format == "json")
    std::cout << json_report(result).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  else
    print_terminal_report(std::cout, result, TerminalStyle::for_stream(1));
  return exit_code_for(result);
}

}  // namespace

void add_check_command(CLI::App& app, Action& action) {
  auto options = std::make_shared<CheckOptions>();
  auto* cmd = app.add_subcommand("check", "Check a solution against an exercise's tests");
  cmd->add_option("exercise", options->exercise, "Exercise slug or folder")->required();
  cmd->add_option("solution", options->solution, "The candidate's .py file")->required();
  cmd->add_option("--format", options->format, "Report format")->check(CLI::IsMember({"text", "json"}));
  cmd->add_option("--exercises", options->exercises_dir, "Catalog folder (default: $PYJUDGE_EXERCISES or the bundled one)");
  cmd->callback([options, &action] { action = [options] { return run_check(*options); }; });
}

}  // namespace pyjudge::cli
