// The pyjudge subcommands. Each command file adds its subcommand to the CLI
// app and, when chosen, sets the action to run; actions return the exit code:
// 0 accepted / success, 1 not accepted, 2 usage or spec error, 3 internal error.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <string>

namespace pyjudge::cli {

enum ExitCode { kAccepted = 0, kNotAccepted = 1, kUsageError = 2, kInternalError = 3 };

using Action = std::function<int()>;

// One per command file; each registers one or more subcommands.
void add_check_command(CLI::App& app, Action& action);
void add_doctor_command(CLI::App& app, Action& action);

}  // namespace pyjudge::cli
