// One test process, from fork to its finished record: the supervisor's view of
// it. It runs in a folder of its own under the submission's scratch dir,
// measured from outside (invariant 4, docs/architecture.md), and is stopped at
// its CPU limit, at its wall-clock limit when it has been idle (cpu_activity.hpp),
// or when its output or result grows past its cap.
#pragma once

#include <poll.h>
#include <sys/types.h>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "protocol/job.hpp"
#include "protocol/messages.hpp"
#include "runner/cpu_activity.hpp"
#include "runner/result_seal.hpp"
#include "runner/supervisor.hpp"

namespace pyjudge::runner {

// Removes a folder a test process may have written, whatever permissions it left.
void remove_test_folder(const std::string& folder);

class TestRun {
 public:
  using Clock = std::chrono::steady_clock;

  TestRun(std::uint32_t index, const protocol::Limits& limits, const SupervisorContext& context, const TestBody& body);
  ~TestRun();
  TestRun(const TestRun&) = delete;
  TestRun& operator=(const TestRun&) = delete;

  bool exited() const { return exited_; }
  // Running, and idle lately (cpu_activity.hpp): it waits rather than computes.
  bool waiting(double fair_share) const { return !exited_ && activity_.waiting(fair_share); }
  void add_poll_fds(std::vector<pollfd>& fds) const;
  // After poll: read what arrived, notice the exit, enforce the limits.
  void service(const std::vector<pollfd>& fds);
  // How long the supervisor may wait before this test needs looking at again.
  long long next_check_ms() const;
  // Kills what the test left in its group, reaps it, and completes the record.
  protocol::TestRecord finish();

  // The four streams of a test process.
  enum Stream { kOut = 0, kErr = 1, kResult = 2, kStatus = 3, kStreams = 4 };

 private:
  void notice_zombie();
  std::string& sink(int stream);
  std::size_t limit_of(int stream) const;
  void read_streams();
  void check_limits();
  void stop(protocol::TestRecord::Kill reason);
  void kill_group();

  protocol::Limits limits_;
  SealKey key_;
  Clock::time_point start_;
  std::string folder_;  // the test's own working folder, below the submission's scratch dir
  protocol::TestRecord record_;
  CpuActivity activity_;
  pid_t pid_ = -1;
  std::optional<clockid_t> cpu_clock_;  // the test process's CPU clock
  int pidfd_ = -1;
  int fds_[kStreams] = {-1, -1, -1, -1};
  bool open_[kStreams] = {true, true, true, true};
  bool exited_ = false;
  std::string status_;
};

}  // namespace pyjudge::runner
