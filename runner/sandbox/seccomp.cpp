#include "runner/sandbox/seccomp.hpp"

#include <linux/audit.h>
#include <linux/sched.h>
#include <seccomp.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <linux/seccomp.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <map>
#include <memory>

namespace pyjudge::runner {
namespace {

// Everything a test may do. Files are confined by Landlock, not here.
const char* const kAllowed[] = {
    // memory and process bookkeeping
    "brk", "mmap", "munmap", "mremap", "mprotect", "madvise", "mincore", "msync", "membarrier", "arch_prctl",
    "set_tid_address", "set_robust_list", "get_robust_list", "rseq", "futex", "futex_waitv", "sched_yield",
    "sched_getaffinity", "sched_getparam", "sched_getscheduler", "sched_get_priority_max", "sched_get_priority_min",
    "getpid", "gettid", "getppid", "getpgrp", "getpgid", "getsid", "getuid", "geteuid", "getgid", "getegid",
    "getresuid", "getresgid", "getgroups", "getpriority", "getrusage", "getrlimit", "setrlimit", "times", "sysinfo",
    "uname", "getrandom", "capget", "exit", "exit_group", "wait4", "waitid", "restart_syscall",
    // signals (kill and tgkill are limited to ourselves below)
    "rt_sigprocmask", "rt_sigreturn", "rt_sigpending", "rt_sigtimedwait", "rt_sigsuspend",
    "sigaltstack", "pause", "alarm", "setitimer", "getitimer", "timer_create", "timer_settime", "timer_gettime",
    "timer_getoverrun", "timer_delete", "timerfd_create", "timerfd_settime", "timerfd_gettime", "signalfd4",
    // time
    "clock_gettime", "clock_getres", "clock_nanosleep", "nanosleep", "gettimeofday", "time",
    // file descriptors and files (paths are Landlock's business)
    "read", "write", "readv", "writev", "pread64", "pwrite64", "preadv", "pwritev", "preadv2", "pwritev2", "lseek",
    "close", "close_range", "dup", "dup2", "dup3", "fcntl", "ioctl", "flock", "fsync", "fdatasync",
    "open", "openat", "openat2", "creat", "stat", "fstat", "lstat", "newfstatat", "statx", "statfs", "fstatfs",
    "access", "faccessat", "faccessat2", "readlink", "readlinkat", "getdents64", "getcwd", "chdir", "fchdir",
    "mkdir", "mkdirat", "rmdir", "unlink", "unlinkat", "rename", "renameat", "renameat2", "link", "linkat",
    "symlink", "symlinkat", "chmod", "fchmod", "fchmodat", "truncate", "ftruncate", "fallocate", "umask",
    "utimensat", "utimes", "futimesat", "copy_file_range", "sendfile", "memfd_create", "pipe", "pipe2",
    "eventfd", "eventfd2",
    // waiting on fds (select, poll, epoll for asyncio)
    "select", "pselect6", "poll", "ppoll", "epoll_create", "epoll_create1", "epoll_ctl", "epoll_wait",
    "epoll_pwait", "epoll_pwait2",
    // AF_UNIX sockets only (socket and socketpair are checked below)
    // (no connect, sendmsg or sendmmsg: a unix socket path could reach a host daemon)
    "bind", "listen", "accept", "accept4", "getsockname", "getpeername", "recvfrom", "recvmsg", "recvmmsg",
    "shutdown", "setsockopt", "getsockopt",
};

// Allowed by the submission's filter for the supervisor, taken back (or
// narrowed) for tests by the test filter.
const char* const kSupervisorOnly[] = {"clone", "kill", "tgkill", "prctl", "prlimit64", "rt_sigaction", "setpgid",
                                       "pidfd_open", "seccomp"};

// Calls that mean an escape attempt: trapped and reported by name.
const std::map<std::string, std::string> kTrapped = {
    {"execve", "running a program"}, {"execveat", "running a program"}, {"fork", "creating a process"},
    {"vfork", "creating a process"}, {"ptrace", "tracing a process"}, {"process_vm_readv", "reading another process"},
    {"process_vm_writev", "writing another process"}, {"mount", "mounting"}, {"umount2", "unmounting"},
    {"pivot_root", "changing the root"}, {"chroot", "changing the root"}, {"keyctl", "the kernel keyring"},
    {"add_key", "the kernel keyring"}, {"request_key", "the kernel keyring"}, {"bpf", "loading BPF programs"},
    {"io_uring_setup", "io_uring"}, {"io_uring_enter", "io_uring"}, {"io_uring_register", "io_uring"},
    {"userfaultfd", "userfaultfd"}, {"perf_event_open", "perf events"}, {"personality", "changing the personality"},
    {"unshare", "new namespaces"}, {"setns", "entering namespaces"}, {"init_module", "loading kernel modules"},
    {"finit_module", "loading kernel modules"}, {"delete_module", "unloading kernel modules"},
    {"kexec_load", "kexec"}, {"kexec_file_load", "kexec"}, {"reboot", "rebooting"}, {"swapon", "swap"},
    {"swapoff", "swap"}, {"open_by_handle_at", "opening files by handle"}, {"pidfd_open", "pidfds"},
    {"pidfd_getfd", "taking another process's fds"}, {"pidfd_send_signal", "signalling by pidfd"},
    {"process_madvise", "advising another process's memory"}, {"kcmp", "comparing processes"},
    {"tkill", "signalling a thread by id"},
};


// Async-signal-safe: report the number, end the process.
void on_sigsys(int, siginfo_t* info, void*) {
  char message[1 + sizeof(int)] = {'V'};
  const int number = info->si_syscall;
  std::memcpy(message + 1, &number, sizeof number);
  [[maybe_unused]] auto n = ::write(kViolationFd, message, sizeof message);
  ::_exit(kViolationExitStatus);
}

bool add(scmp_filter_ctx ctx, std::uint32_t action, const char* name, unsigned count = 0, scmp_arg_cmp arg = {}) {
  const int nr = seccomp_syscall_resolve_name(name);
  if (nr == __NR_SCMP_ERROR) return true;  // not on this architecture
  return (count ? seccomp_rule_add(ctx, action, nr, 1, arg) : seccomp_rule_add(ctx, action, nr, 0)) == 0;
}

// The submission-wide filter: everything a test may do, plus what the
// supervisor needs to run tests (fork, signals to its tests, setting up a test
// process). Each test stacks the small test filter on it, which takes those back.
bool add_submission_rules(scmp_filter_ctx ctx) {
  bool ok = true;
  for (const char* name : kAllowed) ok = add(ctx, SCMP_ACT_ALLOW, name) && ok;
  for (const char* name : kSupervisorOnly) ok = add(ctx, SCMP_ACT_ALLOW, name) && ok;
  for (const auto& [name, why] : kTrapped)
    if (name != "pidfd_open") ok = add(ctx, SCMP_ACT_TRAP, name.c_str()) && ok;
  // clone3 hides its flags from BPF: ENOSYS makes glibc use clone, whose flags the test filter reads.
  ok = add(ctx, SCMP_ACT_ERRNO(ENOSYS), "clone3") && ok;
  ok = add(ctx, SCMP_ACT_ALLOW, "socket", 1, SCMP_A0(SCMP_CMP_EQ, AF_UNIX)) && ok;
  ok = add(ctx, SCMP_ACT_TRAP, "socket", 1, SCMP_A0(SCMP_CMP_NE, AF_UNIX)) && ok;
  ok = add(ctx, SCMP_ACT_ALLOW, "socketpair", 1, SCMP_A0(SCMP_CMP_EQ, AF_UNIX)) && ok;
  // send() is sendto without an address; with one it could reach any socket path.
  ok = add(ctx, SCMP_ACT_ALLOW, "sendto", 1, SCMP_A4(SCMP_CMP_EQ, 0)) && ok;
  return ok;
}

// Where the low 32 bits of the first syscall argument are in seccomp_data.
constexpr std::size_t kFirstArgLow =
    offsetof(seccomp_data, args[0]) + (__BYTE_ORDER__ == __ORDER_BIG_ENDIAN__ ? sizeof(std::uint32_t) : 0);

// A hand-assembled classic BPF program: small enough that loading it in every
// test costs microseconds, where the allowlist above costs ~0.4 ms to load.
class TestProgram {
 public:
  struct Check {  // a jump taken when the first argument passes: BPF_JEQ or BPF_JSET with its constant
    std::uint16_t op;
    std::uint32_t k;
  };

  explicit TestProgram(std::uint32_t arch) {
    load(offsetof(seccomp_data, arch));
    emit(BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, arch, 1, 0));
    emit(ret(SECCOMP_RET_KILL_PROCESS));
    load(offsetof(seccomp_data, nr));
  }
  // Syscall `nr` returns `passed` when one of `checks` holds for its first
  // argument, else `failed`. Only the low 32 bits are read: the kernel reads
  // these arguments (pids, signals, prctl options, clone flags) as 32-bit.
  void on_first_arg(int nr, std::initializer_list<Check> checks, std::uint32_t passed, std::uint32_t failed) {
    const auto n = static_cast<std::uint8_t>(checks.size());
    emit(BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, static_cast<std::uint32_t>(nr), 0, static_cast<std::uint8_t>(n + 3)));
    load(kFirstArgLow);
    std::uint8_t to_passed = n;
    for (const Check& check : checks) emit(BPF_JUMP(BPF_JMP | check.op | BPF_K, check.k, to_passed--, 0));
    emit(ret(failed));
    emit(ret(passed));
    load(offsetof(seccomp_data, nr));
  }
  void always(int nr, std::uint32_t action) {
    emit(BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, static_cast<std::uint32_t>(nr), 0, 1));
    emit(ret(action));
  }
  std::vector<sock_filter> finish() {
    emit(ret(SECCOMP_RET_ALLOW));
    return std::move(program_);
  }

 private:
  static sock_filter ret(std::uint32_t action) { return BPF_STMT(BPF_RET | BPF_K, action); }
  void load(std::size_t offset) { emit(BPF_STMT(BPF_LD | BPF_W | BPF_ABS, static_cast<std::uint32_t>(offset))); }
  void emit(sock_filter insn) { program_.push_back(insn); }
  std::vector<sock_filter> program_;
};

constexpr std::uint32_t kEperm = SECCOMP_RET_ERRNO | EPERM;
constexpr std::uint32_t kAllow = SECCOMP_RET_ALLOW;

TestProgram::Check equals(std::uint32_t value) { return {BPF_JEQ, value}; }

}  // namespace

// What a test process may not do that its supervisor may: create processes,
// signal anything but itself, change its process group, the limits of others,
// process attributes, its SIGSYS handler, or its seccomp filters.
std::vector<sock_filter> test_filter_program(std::uint32_t arch, std::uint32_t pid) {
  TestProgram p(arch);
  p.on_first_arg(SYS_clone, {{BPF_JSET, CLONE_THREAD}}, kAllow, SECCOMP_RET_TRAP);  // threads yes, processes no
  p.on_first_arg(SYS_kill, {equals(0), equals(pid), equals(0u - pid)}, kAllow, kEperm);  // ourselves, our group
  p.on_first_arg(SYS_tgkill, {equals(pid)}, kAllow, kEperm);
  p.on_first_arg(SYS_prctl, {equals(PR_SET_NAME), equals(PR_GET_NAME)}, kAllow, kEperm);  // thread names only
  p.on_first_arg(SYS_prlimit64, {equals(0)}, kAllow, kEperm);                              // our own limits only
  p.on_first_arg(SYS_rt_sigaction, {equals(SIGSYS)}, kEperm, kAllow);  // our SIGSYS handler names trapped calls
  p.always(SYS_pidfd_open, SECCOMP_RET_TRAP);
  p.always(SYS_setpgid, kEperm);
  p.always(SYS_seccomp, kEperm);
  return p.finish();
}

namespace {

// libseccomp writes the program to an fd; a memfd brings it back into memory.
std::vector<sock_filter> export_program(scmp_filter_ctx ctx) {
  const int fd = ::memfd_create("pyjudge-seccomp", MFD_CLOEXEC);
  if (fd < 0 || seccomp_export_bpf(ctx, fd) != 0) throw std::runtime_error("seccomp_export_bpf failed");
  const off_t size = ::lseek(fd, 0, SEEK_END);
  std::vector<sock_filter> program(static_cast<std::size_t>(size) / sizeof(sock_filter));
  const bool ok = ::pread(fd, program.data(), program.size() * sizeof(sock_filter), 0) == size;
  ::close(fd);
  if (!ok || program.empty()) throw std::runtime_error("cannot read the exported seccomp program");
  return program;
}

int load_filter(const std::vector<sock_filter>& program) {
  const sock_fprog prog{static_cast<unsigned short>(program.size()), const_cast<sock_filter*>(program.data())};
  return static_cast<int>(::syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog));
}

}  // namespace

SyscallFilter SyscallFilter::build() {
  std::unique_ptr<void, void (*)(scmp_filter_ctx)> ctx(seccomp_init(SCMP_ACT_ERRNO(EPERM)), seccomp_release);
  if (!ctx) throw std::runtime_error("seccomp_init failed");
  if (!add_submission_rules(ctx.get())) throw std::runtime_error("a seccomp rule could not be added");
  SyscallFilter filter;
  filter.submission_program_ = export_program(ctx.get());
  filter.arch_ = seccomp_arch_native();
  return filter;
}

std::string SyscallFilter::install_for_submission() const {
  return load_filter(submission_program_) == 0 ? "" : errno_text("seccomp(SECCOMP_SET_MODE_FILTER)");
}

std::string SyscallFilter::install_for_test() const {
  struct sigaction action {};
  action.sa_sigaction = on_sigsys;
  action.sa_flags = SA_SIGINFO;
  ::sigaction(SIGSYS, &action, nullptr);
  return load_filter(test_filter_program(arch_, static_cast<std::uint32_t>(::getpid()))) == 0
             ? ""
             : errno_text("seccomp(SECCOMP_SET_MODE_FILTER)");
}

std::string describe_blocked_syscall(int number) {
  char* resolved = seccomp_syscall_resolve_num_arch(SCMP_ARCH_NATIVE, number);
  const std::string name = resolved ? resolved : "syscall " + std::to_string(number);
  std::free(resolved);
  if (name == "clone") return "clone (creating a process)";
  if (name == "socket") return "socket (network access)";
  const auto it = kTrapped.find(name);
  return it == kTrapped.end() ? name : name + " (" + it->second + ")";
}

}  // namespace pyjudge::runner
