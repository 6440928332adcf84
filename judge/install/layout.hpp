// Where pyjudge's parts are, relative to the running binary, so that one build
// runs from its build tree and from any install prefix (moved or not):
//
//   build tree   build/bin/pyjudge, build/bin/pyjudge-runner, the source tree's exercises/
//   installed    PREFIX/bin/pyjudge, PREFIX/libexec/pyjudge/pyjudge-runner,
//                PREFIX/share/pyjudge/exercises (the sealed catalog)
#pragma once

#include <filesystem>
#include <string>

namespace pyjudge {

// A path and what chose it ("--exercises", "$PYJUDGE_EXERCISES", "installed",
// "source tree", "next to pyjudge"), for `pyjudge doctor` and error messages.
struct Location {
  std::filesystem::path path;
  std::string source;
};

// The folder of the running executable (/proc/self/exe); empty if unknown.
std::filesystem::path executable_dir();

// The catalog: `option` (--exercises), else `env` ($PYJUDGE_EXERCISES), else
// the installed share dir beside `bin_dir`, else, for a binary in the build
// tree it was built in, the source tree's exercises/. When none of them
// exists, the one a user would expect (installed, or the source tree for a
// build-tree binary), so that the error names it.
Location locate_catalog(const std::string& option, const char* env, const std::filesystem::path& bin_dir);
Location locate_catalog(const std::string& option);  // with $PYJUDGE_EXERCISES and executable_dir()

// The runner: `env` ($PYJUDGE_RUNNER), else pyjudge-runner next to the binary
// (build tree), else ../libexec/pyjudge/pyjudge-runner (installed).
Location locate_runner(const char* env, const std::filesystem::path& bin_dir);
Location locate_runner();  // with $PYJUDGE_RUNNER and executable_dir()

}  // namespace pyjudge
