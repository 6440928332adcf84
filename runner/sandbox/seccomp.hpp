// Sandbox layer: seccomp-bpf, as two stacked filters. The submission process
// loads an allowlist (built with libseccomp) once, after Landlock and before it
// compiles the candidate; it allows what the supervisor needs too. Each test
// process adds a small hand-assembled filter right before the candidate module
// runs, which takes back process creation, signals to anything but itself and
// the other supervisor-only calls: the kernel applies the stricter answer of
// the two to every call the test makes. Stops subprocesses and fork
// bombs (no execve, no process creation; threads are allowed), network access
// (only AF_UNIX socketpairs: no connect, no sendto with an address, no
// sendmsg; asyncio's socketpair still works), tampering with other
// processes (no ptrace, process_vm_*, kill outside the own process group),
// and kernel attack surface (mount, keyctl, bpf, io_uring, userfaultfd,
// perf_event_open, personality, unshare, module loading, ...).
//
// Dangerous calls trap: the SIGSYS handler writes the syscall number to
// kViolationFd and ends the process, and the supervisor reports it as
// sandbox_violation naming the call. Any other call that is not on the list
// fails with EPERM, which Python raises as PermissionError.
#pragma once

#include <linux/filter.h>

#include <cstdint>
#include <string>
#include <vector>

#include "runner/sandbox/layer_report.hpp"

namespace pyjudge::runner {

inline constexpr int kViolationFd = 4;  // the test's status fd (lockdown.hpp kStatusFd)
inline constexpr int kViolationExitStatus = 159;  // 128 + SIGSYS

// The two filters. libseccomp takes milliseconds to build the allowlist and
// the kernel ~0.4 ms to load it, so it is built and loaded once per
// submission; the test filter (a few dozen instructions, with the test's own
// pid in its signal rules) is assembled and loaded per test.
class SyscallFilter {
 public:
  // Throws std::runtime_error when libseccomp cannot build the allowlist.
  static SyscallFilter build();
  // Each returns an empty string, or why the filter could not be loaded.
  // In the submission process, once: the allowlist.
  std::string install_for_submission() const;
  // In the test process: SIGSYS handler, then the test filter for this pid.
  std::string install_for_test() const;

 private:
  std::vector<sock_filter> submission_program_;
  std::uint32_t arch_ = 0;  // AUDIT_ARCH_* of this build: a call made through another ABI is killed
};
// The test filter for test process `pid` on architecture `arch` (an
// AUDIT_ARCH_* value): what install_for_test loads. Exposed for its unit test.
std::vector<sock_filter> test_filter_program(std::uint32_t arch, std::uint32_t pid);
// What a trapped syscall number means to a person: "execve (running a program)".
std::string describe_blocked_syscall(int number);

}  // namespace pyjudge::runner
