// Sandbox layer: Landlock. Read-only access to the Python stdlib and the
// shared libraries it loads (minus ctypes and CPython's C-API test modules,
// which would give raw memory access), read-write access to the submission's scratch
// dir, nothing else: not the exercise files or hidden tests, not other
// submissions, not /proc (so not /proc/<pid>/mem or environ), not the home
// dir. On kernels with Landlock ABI 4+ TCP bind/connect is denied too, and
// with ABI 6+ signals and abstract unix sockets cannot leave the sandbox.
#pragma once

#include <string>
#include <vector>

#include "runner/sandbox/layer_report.hpp"

namespace pyjudge::runner {

struct LandlockPaths {
  std::vector<std::string> stdlib;     // sys.path, read-only
  std::vector<std::string> libraries;  // dirs of the mapped shared libraries and two devices, read-only
  std::string read_write;              // the scratch dir
};

// Call while files can still be read: lists the stdlib dirs (sys.path) and the
// dirs of every shared library mapped in this process.
LandlockPaths landlock_paths();
// Works out which paths get a rule (the slow part: it lists dirs) and keeps
// the answer for restrict_filesystem. The warm runner calls it once, before
// it forks any submission; a submission whose paths differ plans its own.
void plan_filesystem_rules(const LandlockPaths& paths);
void restrict_filesystem(const LandlockPaths& paths, LayerReport& report);

}  // namespace pyjudge::runner
