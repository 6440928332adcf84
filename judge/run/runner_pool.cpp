#include "judge/run/runner_pool.hpp"

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

#include "judge/run/runner_session.hpp"

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

std::vector<PoolResult> RunnerPool::grade_all(const std::vector<PoolTask>& tasks, const std::function<void()>& done) {
  std::vector<PoolResult> results(tasks.size());
  std::atomic<std::size_t> next{0};
  std::mutex done_mutex;
  auto work = [&](RunnerSession& session) {
    for (std::size_t i; (i = next++) < tasks.size();) {
      const auto started = Clock::now();
      results[i].result = session.run_once(*tasks[i].exercise, tasks[i].source, tasks[i].name);
      results[i].duration_ms = static_cast<std::uint64_t>(
          std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - started).count());
      std::lock_guard lock(done_mutex);
      done();
    }
    session.stop_runner();  // shut down with the thread: a runner dies with the thread that started it
  };
  std::vector<std::thread> threads;
  for (auto& session : sessions_) threads.emplace_back(work, std::ref(*session));
  for (auto& t : threads) t.join();
  return results;
}

}  // namespace pyjudge
