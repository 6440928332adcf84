#include "runner/supervisor.hpp"

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>

#include <algorithm>
#include <deque>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include "protocol/child_result.hpp"
#include "runner/test_run.hpp"

namespace pyjudge::runner {

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

// As init of the sandbox's pid namespace, kill and reap every process no test
// owns any more. Only between tests: -1 would hit running tests too.
void kill_leftovers() {
  if (::getpid() != 1) return;  // never outside a pid namespace: -1 means every process we may signal
  if (::kill(-1, SIGKILL) != 0) return;  // ESRCH: nobody left
  while (::waitpid(-1, nullptr, __WALL) > 0 || errno == EINTR) {
  }
}

// Between tests, nothing a finished test wrote is left in the scratch dir (its
// own folder is gone already; this takes what it put beside it): no test reads
// what an earlier one left, and tests cannot pass each other notes.
void clear_scratch_dir() {
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(".", ec)) remove_test_folder(entry.path().string());
}

// How a test ended whose module top level never finished.
struct TopLevelFailure {
  bool timed_out = false;     // killed for CPU, or for wall time while idle
  bool raised = false;        // its result holds the exception the top level raised
  bool memory_error = false;  // ... a MemoryError, which more memory might avoid
};

TopLevelFailure top_level_failure(const TestRecord& r) {
  TopLevelFailure f;
  if (!r.locked_down || r.module_loaded) return f;
  f.timed_out = r.kill == TestRecord::Kill::Cpu || r.kill == TestRecord::Kill::Wall;
  if (r.kill != TestRecord::Kill::None || r.end != TestRecord::End::Exited || r.seal != TestRecord::Seal::Valid) return f;
  try {
    const auto result = protocol::decode_child_result(r.result);
    f.raised = result.exception.has_value();
    f.memory_error = f.raised && result.exception->type == "builtins.MemoryError";
  } catch (const wire::DecodeError&) {
    // the judge reports the malformed result; nothing is skipped for it
  }
  return f;
}

// Every test imports the module afresh, and its top level runs the same code
// on the same inherited state (hash seed, `random`'s state): a pending test
// would fail in it the same way unless its own limits give more room
// (docs/architecture.md, "A module that fails at import fails once").
bool would_fail_the_same_way(const TopLevelFailure& f, const protocol::Limits& spent, const protocol::Limits& next) {
  if (f.timed_out) return next.cpu_ms <= spent.cpu_ms && next.wall_ms <= spent.wall_ms;
  if (f.raised) return !f.memory_error || next.memory_mb <= spent.memory_mb;
  return false;
}

// Reports, without running them, the pending tests that would fail in the
// module's top level as `done` did; the judge judges each of them from
// `done`'s record (skipped_for).
void skip_tests_that_would_fail_the_same_way(const TestRecord& done, const std::vector<protocol::Limits>& limits,
                                             std::deque<std::uint32_t>& pending,
                                             const std::function<void(const TestRecord&)>& sink) {
  const TopLevelFailure failure = top_level_failure(done);
  if (!failure.timed_out && !failure.raised) return;
  for (auto it = pending.begin(); it != pending.end();) {
    if (!would_fail_the_same_way(failure, limits[done.index], limits[*it])) {
      ++it;
      continue;
    }
    TestRecord skipped;
    skipped.index = *it;
    skipped.end = TestRecord::End::Skipped;
    skipped.skipped_for = done.index;
    sink(skipped);
    it = pending.erase(it);
  }
}

// Tells when every running test has started or stopped waiting.
class ActivityWatch {
 public:
  explicit ActivityWatch(const std::function<void(bool)>& tell) : tell_(tell) {}
  void update(const std::vector<std::unique_ptr<TestRun>>& running) {
    // Waiting on a crowded host implies waiting on a quiet one: the cheap check
    // first, and the load (two syscalls) only for tests that pass it.
    const bool waiting = !running.empty() && all_wait(running, 1.0) && all_wait(running, fair_core_share());
    if (waiting == waiting_) return;
    waiting_ = waiting;
    if (tell_) tell_(waiting);
  }

 private:
  static bool all_wait(const std::vector<std::unique_ptr<TestRun>>& running, double share) {
    return std::all_of(running.begin(), running.end(), [share](const auto& test) { return test->waiting(share); });
  }

  const std::function<void(bool)>& tell_;
  bool waiting_ = false;
};

}  // namespace

void supervise_tests(const std::vector<protocol::Limits>& limits, unsigned parallel, const SupervisorContext& context,
                     const TestBody& run_test, const SupervisorReports& reports) {
  std::deque<std::uint32_t> pending;
  ActivityWatch activity(reports.activity);
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
      if (running.empty()) {
        kill_leftovers();
        clear_scratch_dir();
      }
      reports.record(record);
      skip_tests_that_would_fail_the_same_way(record, limits, pending, reports.record);
    }
    activity.update(running);
  }
}

}  // namespace pyjudge::runner
