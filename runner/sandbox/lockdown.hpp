// The order in which the sandbox layers are applied (docs/sandbox.md, "Sandbox
// layers"), across the three processes a submission runs in:
//
// launcher (forked by the warm runner for each submission)
//   1. fresh process state: only the protocol fd survives, empty environment,
//      stdin /dev/null, private scratch dir as cwd, umask 077  (process_state)
//   -> imports what the submission needs and reads its memory baseline and
//      Landlock paths, while the host's files are in view (submission.cpp)
//   2. a user namespace with an unprivileged uid, then in it the pid, net,
//      ipc, mount and uts namespaces  (namespaces)
//   3. the private root: read-only binds of what the interpreter needs, the
//      scratch dir at /sandbox; pivot_root, old root detached  (private_root)
//   -> forks the submission process, pid 1 of the new pid namespace
// submission process
//   4. no_new_privs, all capabilities dropped  (privileges)
//   5. Landlock: stdlib read-only, scratch read-write, nothing else  (landlock)
//   6. the seccomp allowlist, with what the supervisor needs  (seccomp)
//   -> compiles the candidate (never runs it) and forks one test process per test
// test process, before the candidate module is executed
//   7. only stdio, the result fd and the status fd survive  (process_state)
//   8. rlimits: CPU, address space, file size, open files, core = 0  (rlimits)
//   9. the test's seccomp filter, stacked on the allowlist: no processes,
//      signals only to itself  (seccomp)
//   -> writes 'L' on the status fd: from here on candidate code may run
// The supervisor in the submission process (runner/supervisor.cpp) is the last
// layer: wall-clock and exact CPU kills of the whole process group, caps on
// output and result size, and after each test every other process in the pid
// namespace is killed and the scratch dir emptied.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "protocol/job.hpp"
#include "runner/sandbox/landlock.hpp"
#include "runner/sandbox/layer_report.hpp"
#include "runner/sandbox/seccomp.hpp"

namespace pyjudge::runner {

inline constexpr int kResultFd = 3;  // where a test process writes its sealed result
inline constexpr int kStatusFd = 4;  // 'L' once locked down, 'M' once the module's top level ran, 'V' + a trapped syscall number

// Once per warm runner, before it forks any submission: the work that every
// submission's layers would otherwise repeat after the fork (listing dirs for
// the Landlock rules, building the seccomp allowlist).
void prepare_layers();
// The launcher's layers, in two steps: its process state first, then (once the
// submission's imports are loaded) the namespaces and the private root.
void reset_launcher(const std::string& scratch_dir, int protocol_fd, LayerReport& report);
void isolate_launcher(const std::string& scratch_dir, LayerReport& report);
void lock_down_submission(const LandlockPaths& paths, LayerReport& report);
// Fails closed: throws if a layer that the submission reported active cannot
// be applied. `filter` is null when seccomp is missing for this submission.
void lock_down_test(const protocol::Limits& limits, std::uint64_t baseline_vm_bytes, const SyscallFilter* filter);
// The per-test layers, reported once per submission; builds and loads the
// seccomp allowlist and returns the filters (nullopt when seccomp is disabled
// or unavailable).
std::optional<SyscallFilter> prepare_test_layers(LayerReport& report);

}  // namespace pyjudge::runner
