// The order in which the sandbox layers are applied (DESIGN.md, "Sandbox layers").
//
// lock_down_submission() runs in the submission process after the allowed
// modules are imported and before any candidate code is compiled:
//   1. fresh process state: only the protocol fd survives, empty environment,
//      stdin /dev/null, private scratch dir as cwd, umask 077.
// lock_down_test() runs in each test process, right before the candidate module
// is executed:
//   2. only stdio and the result fd survive (the submission's protocol fd is closed);
//   3. rlimits: CPU, address space, file size, open files, core = 0.
// The supervisor (test_supervisor.cpp) is the last layer: wall-clock and exact
// CPU kills of the whole process group, caps on output and result size.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "job.hpp"

namespace pyjudge::runner {

inline constexpr int kResultFd = 3;  // where a test process writes its result

void lock_down_submission(const std::string& scratch_dir, int protocol_fd);
void lock_down_test(const Limits& limits, std::uint64_t baseline_vm_bytes);
// The names of the layers this runner enforces, for reports and `pyjudge doctor`.
std::vector<std::string> active_layers();

}  // namespace pyjudge::runner
