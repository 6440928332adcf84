// pyjudge: the command-line entry point. Registers the subcommands (one file
// each in this folder), runs the chosen one and maps errors to exit codes.
#include <CLI/CLI.hpp>
#include <iostream>

#include "judge/cli/commands.hpp"
#include "judge/errors.hpp"
#include "judge/install/version.hpp"

using namespace pyjudge;

int main(int argc, char** argv) {
  CLI::App app{"pyjudge: a sandboxed judge for Python coding exercises", "pyjudge"};  // not argv[0]: the build's path
  app.require_subcommand(1);
  app.set_version_flag("--version", version_text(), "Print the version, git revision, embedded CPython and protocol version");
  cli::Action action;
  cli::add_check_command(app, action);
  cli::add_exercism_command(app, action);
  cli::add_grade_command(app, action);
  cli::add_merge_command(app, action);
  cli::add_list_command(app, action);
  cli::add_show_command(app, action);
  cli::add_start_command(app, action);
  cli::add_hint_command(app, action);
  cli::add_watch_command(app, action);
  cli::add_new_command(app, action);
  cli::add_validate_command(app, action);
  cli::add_verify_command(app, action);
  cli::add_seal_command(app, action);
  cli::add_doctor_command(app, action);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : cli::kUsageError;
  }
  try {
    return action ? action() : cli::kUsageError;
  } catch (const SpecError& e) {
    std::cerr << e.what() << "\n";
    return cli::kUsageError;
  } catch (const UsageError& e) {
    std::cerr << "pyjudge: " << e.what() << "\n";
    return cli::kUsageError;
  } catch (const Interrupted& e) {
    std::cerr << "pyjudge: " << e.what() << "\n";
    return 128 + e.signal();
  } catch (const std::exception& e) {
    std::cerr << "pyjudge: internal error: " << e.what() << "\n";
    return cli::kInternalError;
  }
}
