// pyjudge: the command-line entry point. Parses arguments and maps errors to
// exit codes; the work is done by the commands in this folder.
#include <CLI/CLI.hpp>
#include <iostream>

#include "commands.hpp"
#include "core/catalog.hpp"
#include "core/diagnostics.hpp"
#include "core/runner_process.hpp"

using namespace pyjudge;

int main(int argc, char** argv) {
  CLI::App app{"pyjudge: a sandboxed judge for Python coding exercises"};
  app.require_subcommand(1);

  cli::CheckOptions check;
  auto* check_cmd = app.add_subcommand("check", "Check a solution against an exercise's tests");
  check_cmd->add_option("exercise", check.exercise, "Exercise slug or folder")->required();
  check_cmd->add_option("solution", check.solution, "The candidate's .py file")->required();
  check_cmd->add_option("--format", check.format, "Report format")->check(CLI::IsMember({"text", "json"}));
  check_cmd->add_option("--exercises", check.exercises_dir, "Catalog folder (default: $PYJUDGE_EXERCISES or the bundled one)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : cli::kUsageError;
  }
  try {
    if (*check_cmd) return cli::run_check(check);
  } catch (const SpecError& e) {
    std::cerr << e.what() << "\n";
    return cli::kUsageError;
  } catch (const UsageError& e) {
    std::cerr << "pyjudge: " << e.what() << "\n";
    return cli::kUsageError;
  } catch (const RunnerFailure& e) {
    std::cerr << "pyjudge: internal error: " << e.what() << "\n";
    return cli::kInternalError;
  } catch (const std::exception& e) {
    std::cerr << "pyjudge: internal error: " << e.what() << "\n";
    return cli::kInternalError;
  }
  return cli::kUsageError;
}
