// Sandbox layer: a seccomp-bpf allowlist (libseccomp), installed in each test
// process right before the candidate module runs. Stops subprocesses and fork
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

#include <string>
#include <vector>

#include "layer_report.hpp"

namespace pyjudge::runner {

inline constexpr int kViolationFd = 4;  // the test's status fd (lockdown.hpp kStatusFd)
inline constexpr int kViolationExitStatus = 159;  // 128 + SIGSYS

// The compiled BPF program. libseccomp takes milliseconds to build it, so it is
// built once per submission with a placeholder for the test's pid (the signal
// rules name it) and each test process patches in its own pid and loads it.
class SyscallFilter {
 public:
  // Throws std::runtime_error when libseccomp cannot build the program.
  static SyscallFilter build();
  // In the test process: SIGSYS handler, then the filter for this pid.
  // Returns an empty string, or why it could not be installed.
  std::string install() const;

 private:
  std::vector<sock_filter> program_;
};
// What a trapped syscall number means to a person: "execve (running a program)".
std::string describe_blocked_syscall(int number);

}  // namespace pyjudge::runner
