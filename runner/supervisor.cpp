#include "runner/supervisor.hpp"

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
#include <cstring>
#include <deque>
#include <fstream>
#include <memory>
#include <string>

#include "runner/fd_io.hpp"
#include "runner/interpreter.hpp"
#include "runner/sandbox/seccomp.hpp"
#include "runner/sandbox/lockdown.hpp"

namespace pyjudge::runner {

using Clock = std::chrono::steady_clock;
using protocol::TestRecord;

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

// The four streams of a test process, by the fd they get there.
enum Stream { kOut = 0, kErr = 1, kResult = 2, kStatus = 3, kStreams = 4 };
constexpr int kChildFd[kStreams] = {1, 2, kResultFd, kStatusFd};
constexpr std::size_t kMaxStatusBytes = 64;

// In the test process: wire the pipes to fds 1-4, lock down, say so on the
// status fd, then run the candidate. Nothing of the candidate runs before 'L'.
[[noreturn]] void become_test_process(const Pipe (&pipes)[kStreams], const protocol::Limits& limits, const SupervisorContext& context,
                                      const std::function<void()>& run_test, pid_t supervisor) {
  ::setpgid(0, 0);
  // An orphaned test would outlive its wall-clock limit: die with the supervisor.
  if (::prctl(PR_SET_PDEATHSIG, SIGKILL) != 0 || ::getppid() != supervisor) ::_exit(72);
  for (int s = 0; s < kStreams; ++s)
    if (::dup2(pipes[s].write, kChildFd[s]) < 0) ::_exit(71);
  try {
    lock_down_test(limits, context.baseline.vm_kb * 1024, context.filter);
    if (!write_all(kStatusFd, "L")) ::_exit(71);
    run_test();
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

// 'L' when the lockdown completed, 'M' once the candidate's module top level
// has finished, and 'V' with the number of a trapped syscall. The pipe is the
// test's own: bytes the candidate wrote itself can at most fake an 'M', which
// only means its later tests are all run.
void read_status(const std::string& status, TestRecord& record) {
  record.locked_down = !status.empty() && status[0] == 'L';
  if (!record.locked_down) return;
  std::size_t at = 1;
  record.module_loaded = status.size() > at && status[at] == 'M';
  if (record.module_loaded) ++at;
  if (status.size() == at + 1 + sizeof(int) && status[at] == 'V') {
    int number = 0;
    std::memcpy(&number, status.data() + at + 1, sizeof number);
    record.violation = describe_blocked_syscall(number);
  }
}

// Keeps the result only if it carries this test's seal.
void check_seal(const SealKey& key, TestRecord& record) {
  if (record.result.empty() || record.kill == TestRecord::Kill::ResultSize) return;
  std::string unsealed;
  record.seal = unseal_frame(key, record.result, unsealed) ? TestRecord::Seal::Valid : TestRecord::Seal::Forged;
  record.result = record.seal == TestRecord::Seal::Valid ? std::move(unsealed) : std::string();
}

// As init of the sandbox's pid namespace, kill and reap every process no test
// owns any more. Only between tests: -1 would hit running tests too.
void kill_leftovers() {
  if (::getpid() != 1) return;  // never outside a pid namespace: -1 means every process we may signal
  if (::kill(-1, SIGKILL) != 0) return;  // ESRCH: nobody left
  while (::waitpid(-1, nullptr, __WALL) > 0 || errno == EINTR) {
  }
}

// One test process, from fork to its finished record.
class TestRun {
 public:
  TestRun(std::uint32_t index, const protocol::Limits& limits, const SupervisorContext& context, const TestBody& body)
      : limits_(limits), key_(new_seal_key()), start_(Clock::now()) {
    record_.index = index;
    record_.baseline_kb = context.baseline.rss_kb;
    Pipe pipes[kStreams];
    const pid_t supervisor = ::getpid();
    pid_ = fork_with_python();
    if (pid_ == 0) become_test_process(pipes, limits, context, [&] { body(index, key_); }, supervisor);
    for (int s = 0; s < kStreams; ++s) {
      ::close(pipes[s].write);
      fds_[s] = pipes[s].read;
      set_nonblocking(fds_[s]);
    }
    if (pid_ < 0) {
      record_.end = TestRecord::End::NotStarted;
      exited_ = true;
      return;
    }
    ::setpgid(pid_, pid_);
    pidfd_ = static_cast<int>(::syscall(SYS_pidfd_open, pid_, 0));
  }
  ~TestRun() {
    for (int fd : fds_) ::close(fd);
    if (pidfd_ >= 0) ::close(pidfd_);
  }
  TestRun(const TestRun&) = delete;
  TestRun& operator=(const TestRun&) = delete;

  bool exited() const { return exited_; }

  void add_poll_fds(std::vector<pollfd>& fds) const {
    for (int s = 0; s < kStreams; ++s)
      if (open_[s]) fds.push_back({fds_[s], POLLIN, 0});
    if (pidfd_ >= 0) fds.push_back({pidfd_, POLLIN, 0});
  }

  // After poll: read what arrived, notice the exit, enforce the limits.
  void service(const std::vector<pollfd>& fds) {
    for (const auto& p : fds)
      if (p.fd == pidfd_ && (p.revents & POLLIN)) exited_ = true;
    if (pidfd_ < 0) notice_zombie();  // kernels without pidfd_open
    read_streams();
    check_limits();
  }

  // Poll again when the CPU limit could first be reached (CPU time grows at
  // most as fast as wall time per core), or at the wall deadline.
  long long next_check_ms() const {
    const long long elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start_).count();
    const long long wall_left = static_cast<long long>(limits_.wall_ms) - elapsed;
    const long long cpu_left = (static_cast<long long>(limits_.cpu_ms) * 1000 - static_cast<long long>(cpu_us_of(pid_))) / 1000;
    return std::clamp(std::min(wall_left, cpu_left / 2), 1LL, 50LL);
  }

  // Kills what the test left in its group, reaps it, and completes the record.
  TestRecord finish() {
    if (pid_ < 0) return record_;
    kill_group();
    read_streams();  // what is already in the pipes; an escaped writer cannot keep us waiting
    int status = 0;
    rusage usage{};
    while (::wait4(pid_, &status, 0, &usage) < 0 && errno == EINTR) {
    }
    record_.wall_us = static_cast<std::uint64_t>(std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - start_).count());
    record_.cpu_us = static_cast<std::uint64_t>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000000 +
                     static_cast<std::uint64_t>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec);
    record_.peak_kb = static_cast<std::uint64_t>(usage.ru_maxrss);
    record_.end = WIFSIGNALED(status) ? TestRecord::End::Signaled : TestRecord::End::Exited;
    record_.code = WIFSIGNALED(status) ? WTERMSIG(status) : WEXITSTATUS(status);
    read_status(status_, record_);
    check_seal(key_, record_);
    return record_;
  }

 private:
  void notice_zombie() {
    siginfo_t info{};
    if (::waitid(P_PID, static_cast<id_t>(pid_), &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info.si_pid == pid_) exited_ = true;
  }

  std::string& sink(int s) { return s == kOut ? record_.out : s == kErr ? record_.err : s == kResult ? record_.result : status_; }

  std::size_t limit_of(int s) const {
    const std::size_t output_cap = static_cast<std::size_t>(limits_.output_kb) * 1024;
    if (s == kResult) return wire::kMaxResultBytes + kSealBytes + 4;
    if (s == kStatus) return kMaxStatusBytes;
    const std::size_t other = s == kOut ? record_.err.size() : record_.out.size();
    return output_cap - std::min(output_cap, other);  // stdout and stderr share one cap
  }

  void read_streams() {
    for (int s = 0; s < kStreams; ++s) {
      if (!open_[s]) continue;
      bool over = false;
      open_[s] = read_available(fds_[s], sink(s), limit_of(s), over);
      if (!over || s == kStatus) continue;  // the status fd is the test's own: extra bytes only hurt itself
      if (s == kResult) stop(TestRecord::Kill::ResultSize);
      else {
        record_.output_truncated = true;
        stop(TestRecord::Kill::Output);
      }
    }
  }

  void check_limits() {
    if (exited_) return;
    if (Clock::now() - start_ >= std::chrono::milliseconds(limits_.wall_ms)) stop(TestRecord::Kill::Wall);
    else if (cpu_us_of(pid_) >= static_cast<std::uint64_t>(limits_.cpu_ms) * 1000) stop(TestRecord::Kill::Cpu);
  }

  void stop(TestRecord::Kill reason) {
    if (record_.kill == TestRecord::Kill::None) record_.kill = reason;
    kill_group();
  }

  void kill_group() {
    ::kill(-pid_, SIGKILL);
    ::kill(pid_, SIGKILL);
  }

  protocol::Limits limits_;
  SealKey key_;
  Clock::time_point start_;
  TestRecord record_;
  pid_t pid_ = -1;
  int pidfd_ = -1;
  int fds_[kStreams] = {-1, -1, -1, -1};
  bool open_[kStreams] = {true, true, true, true};
  bool exited_ = false;
  std::string status_;
};

// A test that ran out of time before the module's top level finished: every
// test imports the module afresh, so a pending test with no larger limits would
// only run out of time the same way. Those are reported without running.
void skip_tests_that_would_time_out(const TestRecord& timed_out, const std::vector<protocol::Limits>& limits,
                                    std::deque<std::uint32_t>& pending, const RecordSink& sink) {
  const bool in_top_level = timed_out.locked_down && !timed_out.module_loaded &&
                            (timed_out.kill == TestRecord::Kill::Cpu || timed_out.kill == TestRecord::Kill::Wall);
  if (!in_top_level) return;
  const protocol::Limits& spent = limits[timed_out.index];
  for (auto it = pending.begin(); it != pending.end();) {
    const protocol::Limits& next = limits[*it];
    if (next.cpu_ms > spent.cpu_ms || next.wall_ms > spent.wall_ms) {
      ++it;
      continue;
    }
    TestRecord skipped;
    skipped.index = *it;
    skipped.end = TestRecord::End::Skipped;
    skipped.skipped_for = timed_out.index;
    sink(skipped);
    it = pending.erase(it);
  }
}

}  // namespace

void supervise_tests(const std::vector<protocol::Limits>& limits, unsigned parallel, const SupervisorContext& context,
                     const TestBody& run_test, const RecordSink& sink) {
  std::deque<std::uint32_t> pending;
  for (std::uint32_t i = 0; i < limits.size(); ++i) pending.push_back(i);
  std::vector<std::unique_ptr<TestRun>> running;
  while (!pending.empty() || !running.empty()) {
    while (!pending.empty() && running.size() < std::max(1u, parallel)) {
      const std::uint32_t index = pending.front();
      pending.pop_front();
      running.push_back(std::make_unique<TestRun>(index, limits[index], context, run_test));
    }
    std::vector<pollfd> fds;
    long long wait_ms = 50;
    for (const auto& test : running) {
      test->add_poll_fds(fds);
      wait_ms = std::min(wait_ms, test->next_check_ms());
    }
    if (::poll(fds.data(), fds.size(), static_cast<int>(wait_ms)) < 0 && errno != EINTR) throw std::runtime_error("poll failed");
    for (auto& test : running) test->service(fds);
    for (auto it = running.begin(); it != running.end();) {
      if (!(*it)->exited()) {
        ++it;
        continue;
      }
      const TestRecord record = (*it)->finish();
      it = running.erase(it);
      if (running.empty()) kill_leftovers();
      sink(record);
      skip_tests_that_would_time_out(record, limits, pending, sink);
    }
  }
}

}  // namespace pyjudge::runner
