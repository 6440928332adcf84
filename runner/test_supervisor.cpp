#include "test_supervisor.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>

#include "fd_io.hpp"
#include "interpreter.hpp"
#include "layer_seccomp.hpp"
#include "lockdown.hpp"

namespace pyjudge::runner {
namespace {

using Clock = std::chrono::steady_clock;
using protocol::TestRecord;

}  // namespace

MemoryStatus own_memory() {
  MemoryStatus m;
  std::ifstream status("/proc/self/status");
  std::string key;
  while (status >> key) {
    if (key == "VmRSS:") status >> m.rss_kb;
    else if (key == "VmSize:") status >> m.vm_kb;
    status.ignore(4096, '\n');
  }
  return m;
}

namespace {

struct Pipe {
  int read = -1, write = -1;
  Pipe() {
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) throw std::runtime_error("pipe2 failed");
    read = fds[0];
    write = fds[1];
  }
};

// In the test process: wire the pipes to fds 1, 2 and kResultFd, lock down, run.
struct TestPipes {
  Pipe out, err, result, status;
};

// In the test process: wire the pipes to fds 1-4, lock down, say so on the
// status fd, then run the candidate. Nothing of the candidate runs before 'L'.
[[noreturn]] void become_test_process(const TestPipes& pipes, const Limits& limits, const SupervisorContext& context,
                                      const SealKey& key, const TestBody& run_test, pid_t supervisor) {
  ::setpgid(0, 0);
  // An orphaned test would outlive its wall-clock limit: die with the supervisor.
  if (::prctl(PR_SET_PDEATHSIG, SIGKILL) != 0 || ::getppid() != supervisor) ::_exit(72);
  if (::dup2(pipes.out.write, 1) < 0 || ::dup2(pipes.err.write, 2) < 0 || ::dup2(pipes.result.write, kResultFd) < 0 ||
      ::dup2(pipes.status.write, kStatusFd) < 0)
    ::_exit(71);
  try {
    lock_down_test(limits, context.baseline.vm_kb * 1024, context.filter);
    if (!write_all(kStatusFd, "L")) ::_exit(71);
    run_test(key);
  } catch (...) {
  }
  ::_exit(70);  // lockdown failed, or run_test returned or threw: no result
}

std::uint64_t cpu_us_of(pid_t pid) {
  clockid_t clock;
  timespec ts{};
  if (::clock_getcpuclockid(pid, &clock) != 0 || ::clock_gettime(clock, &ts) != 0) return 0;
  return static_cast<std::uint64_t>(ts.tv_sec) * 1000000 + static_cast<std::uint64_t>(ts.tv_nsec) / 1000;
}

class TestWatch {
 public:
  TestWatch(pid_t pid, const Limits& limits, const TestPipes& pipes)
      : pid_(pid), limits_(limits), start_(Clock::now()), fds_{pipes.out.read, pipes.err.read, pipes.result.read, pipes.status.read} {
    pidfd_ = static_cast<int>(::syscall(SYS_pidfd_open, pid, 0));
    for (int fd : fds_) set_nonblocking(fd);
  }
  ~TestWatch() {
    if (pidfd_ >= 0) ::close(pidfd_);
  }

  // Runs until the test process has exited and been killed with its group.
  void run(TestRecord& record) {
    while (!exited_) {
      poll_once(record);
      check_limits(record);
    }
    kill_group();  // whatever the test left behind dies with it
    drain(record);
  }

  Clock::time_point start() const { return start_; }
  const std::string& status_bytes() const { return status_; }

 private:
  void poll_once(TestRecord& record) {
    pollfd fds[5];
    int n = 0;
    for (int i = 0; i < 4; ++i)
      if (open_[i]) fds[n++] = {fds_[i], POLLIN, 0};
    const int pid_slot = n;
    if (pidfd_ >= 0) fds[n++] = {pidfd_, POLLIN, 0};
    const int rc = ::poll(fds, static_cast<nfds_t>(n), next_check_ms());
    if (rc < 0) return;
    if (pidfd_ >= 0 && (fds[pid_slot].revents & POLLIN)) exited_ = true;
    if (pidfd_ < 0) check_zombie();  // kernels without pidfd_open: poll the zombie state
    read_streams(record);
  }

  void check_zombie() {
    siginfo_t info{};
    if (::waitid(P_PID, static_cast<id_t>(pid_), &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info.si_pid == pid_) exited_ = true;
  }

  void read_streams(TestRecord& record) {
    const std::size_t output_cap = static_cast<std::size_t>(limits_.output_kb) * 1024;
    for (int i = 0; i < 4; ++i) {
      if (!open_[i]) continue;
      bool over = false;
      std::string& sink = i == 0 ? record.out : i == 1 ? record.err : i == 2 ? record.result : status_;
      const std::size_t limit = i == 2   ? wire::kMaxResultBytes + kSealBytes + 4
                                : i == 3 ? kMaxStatusBytes
                                         : output_cap - std::min(output_cap, other_stream_size(record, i));
      open_[i] = read_available(fds_[i], sink, limit, over);
      if (i < 2 && record.out.size() + record.err.size() > output_cap) over = true;
      if (over && i == 3) continue;  // the status fd is the test's own: extra bytes only hurt itself
      if (over) stop(record, i == 2 ? TestRecord::Kill::ResultSize : TestRecord::Kill::Output);
      if (over && i < 2) record.output_truncated = true;
    }
  }

  static std::size_t other_stream_size(const TestRecord& record, int i) { return i == 0 ? record.err.size() : record.out.size(); }

  void check_limits(TestRecord& record) {
    if (exited_) return;
    if (Clock::now() - start_ >= std::chrono::milliseconds(limits_.wall_ms)) stop(record, TestRecord::Kill::Wall);
    else if (cpu_us_of(pid_) >= static_cast<std::uint64_t>(limits_.cpu_ms) * 1000) stop(record, TestRecord::Kill::Cpu);
  }

  // Poll again when the CPU limit could first be reached (CPU time grows at most
  // as fast as wall time per core), or at the wall deadline, whichever is first.
  int next_check_ms() const {
    const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start_).count();
    const long long wall_left = static_cast<long long>(limits_.wall_ms) - elapsed;
    const long long cpu_left = (static_cast<long long>(limits_.cpu_ms) * 1000 - static_cast<long long>(cpu_us_of(pid_))) / 1000;
    const long long wait = std::clamp(std::min(wall_left, cpu_left / 2), 1LL, 50LL);
    return static_cast<int>(wait);
  }

  void stop(TestRecord& record, TestRecord::Kill reason) {
    if (record.kill == TestRecord::Kill::None) record.kill = reason;
    kill_group();
  }

  void kill_group() {
    ::kill(-pid_, SIGKILL);
    ::kill(pid_, SIGKILL);
  }

  // After exit: take what is already in the pipes; a descendant that escaped
  // the group cannot keep us waiting.
  void drain(TestRecord& record) {
    read_streams(record);
    for (int fd : fds_) ::close(fd);
  }

  pid_t pid_;
  const Limits& limits_;
  Clock::time_point start_;
  static constexpr std::size_t kMaxStatusBytes = 64;
  int fds_[4];
  bool open_[4] = {true, true, true, true};
  std::string status_;
  int pidfd_ = -1;
  bool exited_ = false;
};

// 'L' when the lockdown completed, then 'V' and the number of a trapped
// syscall. Bytes the candidate wrote there itself match neither.
void read_status(const std::string& status, TestRecord& record) {
  record.locked_down = !status.empty() && status[0] == 'L';
  if (record.locked_down && status.size() == 2 + sizeof(int) && status[1] == 'V') {
    int number = 0;
    std::memcpy(&number, status.data() + 2, sizeof number);
    record.violation = describe_blocked_syscall(number);
  }
}

// As pid 1 of the sandbox's pid namespace, nothing the test started survives it.
// As init of the namespace we also reap them, so no zombie outlives the run.
void kill_leftovers() {
  if (::getpid() != 1) return;  // never outside a pid namespace: -1 means every process we may signal
  if (::kill(-1, SIGKILL) != 0) return;  // ESRCH: nobody left
  while (::waitpid(-1, nullptr, __WALL) > 0 || errno == EINTR) {
  }
}

// Keeps the result only if it carries this test's seal.
void check_seal(const SealKey& key, TestRecord& record) {
  if (record.result.empty() || record.kill == TestRecord::Kill::ResultSize) return;
  std::string unsealed;
  record.seal = unseal_frame(key, record.result, unsealed) ? TestRecord::Seal::Valid : TestRecord::Seal::Forged;
  record.result = record.seal == TestRecord::Seal::Valid ? std::move(unsealed) : std::string();
}

}  // namespace

TestRecord supervise_test(std::uint32_t index, const Limits& limits, const SupervisorContext& context, const TestBody& run_test) {
  TestRecord record;
  record.index = index;
  record.baseline_kb = context.baseline.rss_kb;
  TestPipes pipes;
  const SealKey key = new_seal_key();
  const pid_t supervisor = ::getpid();
  const pid_t pid = fork_with_python();
  if (pid < 0) {
    record.end = TestRecord::End::NotStarted;
    return record;
  }
  if (pid == 0) become_test_process(pipes, limits, context, key, run_test, supervisor);
  ::setpgid(pid, pid);
  for (int fd : {pipes.out.write, pipes.err.write, pipes.result.write, pipes.status.write}) ::close(fd);

  TestWatch watch(pid, limits, pipes);
  watch.run(record);

  int status = 0;
  rusage usage{};
  while (::wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
  }
  record.wall_us = static_cast<std::uint64_t>(std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - watch.start()).count());
  record.cpu_us = static_cast<std::uint64_t>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000000 +
                  static_cast<std::uint64_t>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec);
  record.peak_kb = static_cast<std::uint64_t>(usage.ru_maxrss);
  if (WIFSIGNALED(status)) {
    record.end = TestRecord::End::Signaled;
    record.code = WTERMSIG(status);
  } else {
    record.end = TestRecord::End::Exited;
    record.code = WEXITSTATUS(status);
  }
  kill_leftovers();
  read_status(watch.status_bytes(), record);
  check_seal(key, record);
  return record;
}

}  // namespace pyjudge::runner
