#include "layer_seccomp.hpp"

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
#include <cstdlib>
#include <stdexcept>
#include <cstring>
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

// Stands for the test's pid in the template; far above any pid_max.
constexpr std::uint32_t kPidPlaceholder = 0x3abcdef1;

bool add_rules(scmp_filter_ctx ctx) {
  bool ok = true;
  for (const char* name : kAllowed) ok = add(ctx, SCMP_ACT_ALLOW, name) && ok;
  for (const auto& [name, why] : kTrapped) ok = add(ctx, SCMP_ACT_TRAP, name.c_str()) && ok;
  const auto pid = static_cast<scmp_datum_t>(kPidPlaceholder);
  // Threads yes, processes no. clone3 hides its flags from BPF: ENOSYS makes glibc use clone.
  ok = add(ctx, SCMP_ACT_ALLOW, "clone", 1, SCMP_A0(SCMP_CMP_MASKED_EQ, CLONE_THREAD, CLONE_THREAD)) && ok;
  ok = add(ctx, SCMP_ACT_TRAP, "clone", 1, SCMP_A0(SCMP_CMP_MASKED_EQ, CLONE_THREAD, 0)) && ok;
  ok = add(ctx, SCMP_ACT_ERRNO(ENOSYS), "clone3") && ok;
  ok = add(ctx, SCMP_ACT_ALLOW, "socket", 1, SCMP_A0(SCMP_CMP_EQ, AF_UNIX)) && ok;
  ok = add(ctx, SCMP_ACT_TRAP, "socket", 1, SCMP_A0(SCMP_CMP_NE, AF_UNIX)) && ok;
  ok = add(ctx, SCMP_ACT_ALLOW, "socketpair", 1, SCMP_A0(SCMP_CMP_EQ, AF_UNIX)) && ok;
  // send() is sendto without an address; with one it could reach any socket path.
  ok = add(ctx, SCMP_ACT_ALLOW, "sendto", 1, SCMP_A4(SCMP_CMP_EQ, 0)) && ok;
  // Our SIGSYS handler is what names a trapped call: the candidate may not replace it.
  ok = add(ctx, SCMP_ACT_ALLOW, "rt_sigaction", 1, SCMP_A0(SCMP_CMP_NE, SIGSYS)) && ok;
  // Signals only to ourselves: our pid, our process group (0 or -pid).
  ok = add(ctx, SCMP_ACT_ALLOW, "kill", 1, SCMP_A0(SCMP_CMP_EQ, 0)) && ok;
  ok = add(ctx, SCMP_ACT_ALLOW, "kill", 1, SCMP_A0(SCMP_CMP_EQ, pid)) && ok;
  ok = add(ctx, SCMP_ACT_ALLOW, "kill", 1, SCMP_A0(SCMP_CMP_EQ, static_cast<scmp_datum_t>(-static_cast<std::int64_t>(pid)))) && ok;
  ok = add(ctx, SCMP_ACT_ALLOW, "tgkill", 1, SCMP_A0(SCMP_CMP_EQ, pid)) && ok;
  // prctl: thread names only; prlimit64 on ourselves only.
  ok = add(ctx, SCMP_ACT_ALLOW, "prctl", 1, SCMP_A0(SCMP_CMP_EQ, PR_SET_NAME)) && ok;
  ok = add(ctx, SCMP_ACT_ALLOW, "prctl", 1, SCMP_A0(SCMP_CMP_EQ, PR_GET_NAME)) && ok;
  ok = add(ctx, SCMP_ACT_ALLOW, "prlimit64", 1, SCMP_A0(SCMP_CMP_EQ, 0)) && ok;
  return ok;
}

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

// Replaces the placeholder pid (and its negation, the process group) by ours.
// Every 32-bit half of a 64-bit comparison is its own instruction's constant.
bool patch_pid(std::vector<sock_filter>& program, std::uint32_t pid) {
  const std::uint32_t negated_placeholder = 0u - kPidPlaceholder;
  int patched = 0;
  for (auto& insn : program) {
    if (BPF_CLASS(insn.code) != BPF_JMP) continue;
    if (insn.k == kPidPlaceholder) insn.k = pid, ++patched;
    else if (insn.k == negated_placeholder) insn.k = 0u - pid, ++patched;
  }
  return patched >= 3;  // kill(pid), kill(-pid), tgkill(pid)
}

}  // namespace

SyscallFilter SyscallFilter::build() {
  std::unique_ptr<void, void (*)(scmp_filter_ctx)> ctx(seccomp_init(SCMP_ACT_ERRNO(EPERM)), seccomp_release);
  if (!ctx) throw std::runtime_error("seccomp_init failed");
  if (!add_rules(ctx.get())) throw std::runtime_error("a seccomp rule could not be added");
  SyscallFilter filter;
  filter.program_ = export_program(ctx.get());
  return filter;
}

std::string SyscallFilter::install() const {
  std::vector<sock_filter> program = program_;
  if (!patch_pid(program, static_cast<std::uint32_t>(::getpid()))) return "the filter template has no pid to patch";
  struct sigaction action {};
  action.sa_sigaction = on_sigsys;
  action.sa_flags = SA_SIGINFO;
  ::sigaction(SIGSYS, &action, nullptr);
  const sock_fprog prog{static_cast<unsigned short>(program.size()), program.data()};
  if (::syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog) != 0) return errno_text("seccomp(SECCOMP_SET_MODE_FILTER)");
  return "";
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
