#include "judge/run/runner_pool.hpp"

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

#include "judge/run/runner_session.hpp"
#include "judge/run/stop_signals.hpp"

namespace pyjudge {

using Clock = std::chrono::steady_clock;

RunnerPool::RunnerPool(std::filesystem::path runner, unsigned size, JobOptions options) {
  for (unsigned i = 0; i < std::max(size, 1u); ++i) {
    sessions_.push_back(std::make_unique<RunnerSession>(runner, options, SessionPolicy{.retry_dead_runner = true}));
    sessions_.back()->start_runner();  // all start CPython at once, in parallel
  }
}

RunnerPool::~RunnerPool() = default;

SubmissionResult RunnerPool::probe() { return sessions_.front()->probe(); }

void RunnerPool::grade_all(const std::vector<PoolTask>& tasks, const std::function<void(std::size_t, const PoolResult&)>& finished) {
  std::atomic<std::size_t> next{0};
  std::mutex finished_mutex;
  auto work = [&](RunnerSession& session) {
    try {
      // After a stop signal no task starts; the running ones end with Interrupted.
      for (std::size_t i; !stop_signals::received() && (i = next++) < tasks.size();) {
        const auto started = Clock::now();
        PoolResult result;
        result.result = session.run_once(*tasks[i].exercise, tasks[i].source, tasks[i].name);
        result.duration_ms = static_cast<std::uint64_t>(
            std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - started).count());
        std::lock_guard lock(finished_mutex);
        finished(i, result);
      }
    } catch (const Interrupted&) {
      // its task stays unfinished
    }
    session.stop_runner();  // shut down with the thread: a runner dies with the thread that started it
  };
  std::vector<std::thread> threads;
  for (auto& session : sessions_) threads.emplace_back(work, std::ref(*session));
  for (auto& t : threads) t.join();
}

}  // namespace pyjudge
