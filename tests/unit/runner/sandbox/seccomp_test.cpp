// The per-test seccomp filter, run through a classic-BPF interpreter on the
// calls a test may and may not make: the program is checked as the kernel
// would run it, without loading it.
#include <doctest/doctest.h>

#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/sched.h>
#include <linux/seccomp.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/syscall.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

#include "runner/sandbox/seccomp.hpp"

using pyjudge::runner::test_filter_program;

namespace {

constexpr std::uint32_t kArch = AUDIT_ARCH_X86_64;  // any value: the program compares with what it was built for
constexpr std::uint32_t kPid = 4242;
constexpr std::uint32_t kEperm = SECCOMP_RET_ERRNO | EPERM;

// The subset of classic BPF the test filter uses: absolute word loads, JEQ and
// JSET with constants, and returns. Anything else fails the test.
std::uint32_t run(const std::vector<sock_filter>& program, const seccomp_data& data) {
  unsigned char bytes[sizeof data];
  std::memcpy(bytes, &data, sizeof data);
  std::uint32_t a = 0;
  for (std::size_t pc = 0; pc < program.size(); ++pc) {
    const sock_filter& insn = program[pc];
    if (insn.code == (BPF_LD | BPF_W | BPF_ABS)) {
      REQUIRE(insn.k + 4 <= sizeof data);
      std::memcpy(&a, bytes + insn.k, 4);
    } else if (insn.code == (BPF_RET | BPF_K)) {
      return insn.k;
    } else if (insn.code == (BPF_JMP | BPF_JEQ | BPF_K) || insn.code == (BPF_JMP | BPF_JSET | BPF_K)) {
      const bool taken = BPF_OP(insn.code) == BPF_JEQ ? a == insn.k : (a & insn.k) != 0;
      pc += taken ? insn.jt : insn.jf;
    } else {
      FAIL("unexpected BPF instruction " << insn.code);
    }
  }
  FAIL("the program ran off its end");
  return 0;
}

std::uint32_t call(int nr, std::uint64_t first_arg = 0, std::uint32_t arch = kArch) {
  seccomp_data data{};
  data.nr = nr;
  data.arch = arch;
  data.args[0] = first_arg;
  return run(test_filter_program(kArch, kPid), data);
}

}  // namespace

TEST_CASE("a call through another ABI kills the process") {
  CHECK(call(SYS_read, 0, AUDIT_ARCH_I386) == SECCOMP_RET_KILL_PROCESS);
}

TEST_CASE("threads may be created, processes may not") {
  CHECK(call(SYS_clone, CLONE_VM | CLONE_THREAD | CLONE_SIGHAND) == SECCOMP_RET_ALLOW);
  CHECK(call(SYS_clone, SIGCHLD) == SECCOMP_RET_TRAP);
  CHECK(call(SYS_pidfd_open, kPid) == SECCOMP_RET_TRAP);
}

TEST_CASE("signals go only to the test itself or its group") {
  CHECK(call(SYS_kill, 0) == SECCOMP_RET_ALLOW);
  CHECK(call(SYS_kill, kPid) == SECCOMP_RET_ALLOW);
  CHECK(call(SYS_kill, static_cast<std::uint32_t>(-static_cast<std::int32_t>(kPid))) == SECCOMP_RET_ALLOW);
  CHECK(call(SYS_kill, 1) == kEperm);       // the supervisor, pid 1 of the sandbox
  CHECK(call(SYS_kill, kPid + 1) == kEperm);
  CHECK(call(SYS_tgkill, kPid) == SECCOMP_RET_ALLOW);
  CHECK(call(SYS_tgkill, 1) == kEperm);
}

TEST_CASE("only the low 32 bits of an argument count, as the kernel reads them") {
  CHECK(call(SYS_kill, (std::uint64_t{0xffffffff} << 32) | kPid) == SECCOMP_RET_ALLOW);
  CHECK(call(SYS_kill, (std::uint64_t{1} << 32) | 1) == kEperm);
}

TEST_CASE("process attributes, limits, SIGSYS and filters stay the supervisor's") {
  CHECK(call(SYS_prctl, PR_SET_NAME) == SECCOMP_RET_ALLOW);
  CHECK(call(SYS_prctl, PR_GET_NAME) == SECCOMP_RET_ALLOW);
  CHECK(call(SYS_prctl, PR_SET_SECCOMP) == kEperm);
  CHECK(call(SYS_prctl, PR_SET_PDEATHSIG) == kEperm);
  CHECK(call(SYS_prlimit64, 0) == SECCOMP_RET_ALLOW);
  CHECK(call(SYS_prlimit64, 1) == kEperm);
  CHECK(call(SYS_rt_sigaction, SIGSYS) == kEperm);
  CHECK(call(SYS_rt_sigaction, SIGINT) == SECCOMP_RET_ALLOW);
  CHECK(call(SYS_setpgid, 0) == kEperm);
  CHECK(call(SYS_seccomp, SECCOMP_SET_MODE_FILTER) == kEperm);
}

TEST_CASE("everything else is left to the allowlist underneath") {
  CHECK(call(SYS_read) == SECCOMP_RET_ALLOW);
  CHECK(call(SYS_execve) == SECCOMP_RET_ALLOW);  // trapped by the submission's allowlist, not here
  CHECK(test_filter_program(kArch, kPid).size() < 64);  // small enough to load in microseconds
}
