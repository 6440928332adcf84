// The pyjudge subcommands. Each returns the process exit code:
// 0 accepted / success, 1 not accepted, 2 usage or spec error, 3 internal error.
#pragma once

#include <string>

namespace pyjudge::cli {

enum ExitCode { kAccepted = 0, kNotAccepted = 1, kUsageError = 2, kInternalError = 3 };

struct CheckOptions {
  std::string exercise;
  std::string solution;
  std::string format = "text";
  std::string exercises_dir;
};

int run_check(const CheckOptions& options);

}  // namespace pyjudge::cli
