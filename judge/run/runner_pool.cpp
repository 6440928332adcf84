#include "judge/run/runner_pool.hpp"

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

#include "judge/run/runner_session.hpp"
#include "judge/run/stop_signals.hpp"

namespace pyjudge {

using Clock = std::chrono::steady_clock;

RunnerPool::RunnerPool(std::filesystem::path runner, unsigned cores, JobOptions options) : slots_(std::max(cores, 1u)) {
  const unsigned lanes = kLanesPerCore * std::max(cores, 1u);
  for (unsigned i = 0; i < lanes; ++i)
    sessions_.push_back(std::make_unique<RunnerSession>(runner, options, SessionPolicy{.retry_dead_runner = true}));
  // The runners of the first `cores` lanes start CPython at once, in parallel;
  // the others start when a waiting submission first lends them a core.
  for (unsigned i = 0; i < std::max(cores, 1u); ++i) sessions_[i]->start_runner();
}

RunnerPool::~RunnerPool() = default;

SubmissionResult RunnerPool::probe() { return sessions_.front()->probe(); }

void RunnerPool::grade_all(const std::vector<PoolTask>& tasks, const std::function<void(std::size_t, const PoolResult&)>& finished) {
  std::atomic<std::size_t> next{0};
  std::mutex finished_mutex;
  const auto stop = [] { return stop_signals::received() != 0; };
  auto work = [&](RunnerSession& session) {
    try {
      // After a stop signal no task starts; the running ones end with Interrupted.
      while (slots_.acquire(stop)) {
        SlotHold hold(slots_);
        const std::size_t i = next++;
        if (i >= tasks.size()) break;
        session.listen_to_activity([&hold](bool waiting) { hold.set_waiting(waiting); });
        const auto started = Clock::now();
        PoolResult result;
        result.result = session.run_once(*tasks[i].exercise, tasks[i].source, tasks[i].name);
        result.duration_ms = static_cast<std::uint64_t>(
            std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - started).count());
        session.listen_to_activity({});
        std::lock_guard lock(finished_mutex);
        finished(i, result);
      }
    } catch (const Interrupted&) {
      // its task stays unfinished
    }
    session.listen_to_activity({});
    session.stop_runner();  // shut down with the thread: a runner dies with the thread that started it
  };
  std::vector<std::thread> threads;
  const std::size_t lanes = std::min(sessions_.size(), std::max<std::size_t>(tasks.size(), 1));
  for (std::size_t i = 0; i < lanes; ++i) threads.emplace_back(work, std::ref(*sessions_[i]));
  for (auto& t : threads) t.join();
}

}  // namespace pyjudge
