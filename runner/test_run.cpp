#include "runner/test_run.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <optional>
#include <stdexcept>

#include "runner/fd_io.hpp"
#include "runner/interpreter.hpp"
#include "runner/sandbox/lockdown.hpp"
#include "runner/sandbox/seccomp.hpp"

namespace pyjudge::runner {

using protocol::TestRecord;

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

using Stream = TestRun::Stream;
constexpr Stream kOut = TestRun::kOut, kErr = TestRun::kErr, kResult = TestRun::kResult, kStatus = TestRun::kStatus;
constexpr int kStreams = TestRun::kStreams;
// The fd each stream gets in the test process.
constexpr int kChildFd[kStreams] = {1, 2, kResultFd, kStatusFd};
constexpr std::size_t kMaxStatusBytes = 64;

// In the test process: wire the pipes to fds 1-4, lock down, say so on the
// status fd, then run the candidate. Nothing of the candidate runs before 'L'.
[[noreturn]] void become_test_process(const Pipe (&pipes)[kStreams], const std::string& folder, const protocol::Limits& limits,
                                      const SupervisorContext& context, const std::function<void()>& run_test, pid_t supervisor) {
  ::setpgid(0, 0);
  // An orphaned test would outlive its wall-clock limit: die with the supervisor.
  if (::prctl(PR_SET_PDEATHSIG, SIGKILL) != 0 || ::getppid() != supervisor) ::_exit(72);
  for (int s = 0; s < kStreams; ++s)
    if (::dup2(pipes[s].write, kChildFd[s]) < 0) ::_exit(71);
  if (::chdir(folder.c_str()) != 0) ::_exit(71);
  try {
    lock_down_test(limits, context.baseline.vm_kb * 1024, context.filter);
    if (!write_all(kStatusFd, "L")) ::_exit(71);
    run_test();
  } catch (...) {
  }
  ::_exit(70);  // lockdown failed, or run_test returned or threw: no result
}

// The test's CPU clock, looked up once: clock_getcpuclockid costs a syscall of its own.
std::optional<clockid_t> cpu_clock_of(pid_t pid) {
  clockid_t clock;
  if (pid <= 0 || ::clock_getcpuclockid(pid, &clock) != 0) return std::nullopt;
  return clock;
}

std::uint64_t cpu_us_of(const std::optional<clockid_t>& clock) {
  timespec ts{};
  if (!clock || ::clock_gettime(*clock, &ts) != 0) return 0;
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

// The test's own folder: parallel tests cannot race on one file name, and no
// test sees what an earlier one left behind.
std::string make_test_folder(std::uint32_t index) {
  const std::string folder = "test-" + std::to_string(index);
  if (::mkdir(folder.c_str(), 0700) != 0 && errno != EEXIST) throw std::runtime_error("cannot create " + folder);
  return folder;
}

}  // namespace

// Best effort: the candidate may have taken the write bit off a folder; the
// scratch tmpfs goes with the submission anyway.
void remove_test_folder(const std::string& folder) {
  if (::rmdir(folder.c_str()) == 0) return;  // most tests leave their folder empty: one syscall, not a walk
  std::error_code ec;
  for (auto it = std::filesystem::recursive_directory_iterator(folder, std::filesystem::directory_options::skip_permission_denied, ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
    if (it->is_directory(ec)) std::filesystem::permissions(it->path(), std::filesystem::perms::owner_all, ec);
  std::filesystem::permissions(folder, std::filesystem::perms::owner_all, ec);
  std::filesystem::remove_all(folder, ec);
}

TestRun::TestRun(std::uint32_t index, const protocol::Limits& limits, const SupervisorContext& context, const TestBody& body)
    : limits_(limits), key_(new_seal_key()), start_(Clock::now()), folder_(make_test_folder(index)) {
  record_.index = index;
  record_.baseline_kb = context.baseline.rss_kb;
  Pipe pipes[kStreams];
  const pid_t supervisor = ::getpid();
  pid_ = fork_with_python();
  if (pid_ == 0) become_test_process(pipes, folder_, limits, context, [&] { body(index, key_); }, supervisor);
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
  cpu_clock_ = cpu_clock_of(pid_);
  pidfd_ = static_cast<int>(::syscall(SYS_pidfd_open, pid_, 0));
}

TestRun::~TestRun() {
  for (int fd : fds_) ::close(fd);
  if (pidfd_ >= 0) ::close(pidfd_);
  remove_test_folder(folder_);
}

void TestRun::add_poll_fds(std::vector<pollfd>& fds) const {
  for (int s = 0; s < kStreams; ++s)
    if (open_[s]) fds.push_back({fds_[s], POLLIN, 0});
  if (pidfd_ >= 0) fds.push_back({pidfd_, POLLIN, 0});
}

void TestRun::service(const std::vector<pollfd>& fds) {
  for (const auto& p : fds)
    if (p.fd == pidfd_ && (p.revents & POLLIN)) exited_ = true;
  if (pidfd_ < 0) notice_zombie();  // kernels without pidfd_open
  read_streams();
  check_limits();
}

// Poll again when the CPU limit could first be reached (CPU time grows at most
// as fast as wall time per core), at the wall deadline, and often enough past
// it to tell an idle test from a busy one.
long long TestRun::next_check_ms() const {
  const long long elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start_).count();
  const long long wall_left = static_cast<long long>(limits_.wall_ms) - elapsed;
  const long long cpu_left = (static_cast<long long>(limits_.cpu_ms) * 1000 - static_cast<long long>(cpu_us_of(cpu_clock_))) / 1000;
  return std::clamp(std::min(wall_left, cpu_left / 2), 1LL, 50LL);
}

TestRecord TestRun::finish() {
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

void TestRun::notice_zombie() {
  siginfo_t info{};
  if (::waitid(P_PID, static_cast<id_t>(pid_), &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info.si_pid == pid_) exited_ = true;
}

std::string& TestRun::sink(int s) { return s == kOut ? record_.out : s == kErr ? record_.err : s == kResult ? record_.result : status_; }

std::size_t TestRun::limit_of(int s) const {
  const std::size_t output_cap = static_cast<std::size_t>(limits_.output_kb) * 1024;
  if (s == kResult) return wire::kMaxResultBytes + kSealBytes + 4;
  if (s == kStatus) return kMaxStatusBytes;
  const std::size_t other = s == kOut ? record_.err.size() : record_.out.size();
  return output_cap - std::min(output_cap, other);  // stdout and stderr share one cap
}

void TestRun::read_streams() {
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

// The CPU limit is exact. The wall-clock limit stops only a test that has been
// idle lately; a busy one goes on until its CPU limit, unless the host gives it
// so little CPU that kStarvedAfter CPU limits pass first (cpu_activity.hpp).
void TestRun::check_limits() {
  if (exited_) return;
  const auto now = Clock::now();
  const std::uint64_t cpu_us = cpu_us_of(cpu_clock_);
  activity_.sample(now, cpu_us);
  if (cpu_us >= static_cast<std::uint64_t>(limits_.cpu_ms) * 1000) return stop(TestRecord::Kill::Cpu);
  const auto elapsed = now - start_;
  if (elapsed < std::chrono::milliseconds(limits_.wall_ms)) return;
  if (activity_.idle(fair_core_share())) return stop(TestRecord::Kill::Wall);
  if (elapsed >= std::chrono::milliseconds(limits_.wall_ms + std::uint64_t{kStarvedAfter} * limits_.cpu_ms))
    stop(TestRecord::Kill::Starved);
}

void TestRun::stop(TestRecord::Kill reason) {
  if (record_.kill == TestRecord::Kill::None) record_.kill = reason;
  kill_group();
}

void TestRun::kill_group() {
  ::kill(-pid_, SIGKILL);
  ::kill(pid_, SIGKILL);
}

}  // namespace pyjudge::runner
