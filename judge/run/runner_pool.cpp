#include "judge/run/runner_pool.hpp"

#include <chrono>
#include <mutex>
#include <thread>

#include "judge/run/runner_session.hpp"
#include "judge/run/stop_signals.hpp"
#include "judge/run/task_queue.hpp"

namespace pyjudge {

using Clock = std::chrono::steady_clock;

RunnerPool::RunnerPool(std::filesystem::path runner, unsigned cores, JobOptions options)
    : cores_(std::max(cores, 1u)), slots_(cores_) {
  const unsigned lanes = kLanesPerCore * cores_;
  for (unsigned i = 0; i < lanes; ++i)
    sessions_.push_back(std::make_unique<RunnerSession>(runner, options, SessionPolicy{.retry_dead_runner = true}));
  // The runners of the first `cores` lanes start CPython at once, in parallel;
  // the others start when a waiting submission first lends them a core.
  for (unsigned i = 0; i < cores_; ++i) sessions_[i]->start_runner();
}

RunnerPool::~RunnerPool() = default;

SubmissionResult RunnerPool::probe() { return sessions_.front()->probe(); }

void RunnerPool::grade_all(const std::vector<PoolTask>& tasks, const std::function<void(std::size_t, const PoolResult&)>& finished) {
  std::vector<const void*> exercises;
  for (const auto& task : tasks) exercises.push_back(task.exercise);
  TaskQueue queue(std::move(exercises));
  std::mutex finished_mutex;
  const auto stop = [] { return stop_signals::received() != 0; };
  // Grades tasks while `hold` holds a core; false once no task is left.
  auto grade_while_holding = [&](RunnerSession& session, SlotHold& hold, const void*& last, bool keep_core) {
    do {
      const auto taken = queue.take(last);
      if (!taken) return false;
      const std::size_t i = *taken;
      last = tasks[i].exercise;
      session.listen_to_activity([&hold](bool waiting) { hold.set_waiting(waiting); });
      const auto started = Clock::now();
      PoolResult result;
      result.result = session.run_once(*tasks[i].exercise, tasks[i].source, tasks[i].name);
      result.duration_ms = static_cast<std::uint64_t>(
          std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - started).count());
      session.listen_to_activity({});
      std::lock_guard lock(finished_mutex);
      finished(i, result);
    } while (keep_core && !hold.lent() && !stop());
    return true;
  };
  // A first lane of each core keeps its core from one submission to the next;
  // the others take one only while a submission lends it, one submission at a time.
  auto work = [&](RunnerSession& session, bool first_of_core) {
    const void* last = nullptr;  // the exercise this lane graded last
    try {
      // After a stop signal no task starts; the running ones end with Interrupted.
      bool more = true;
      // A lane waiting for a core stops waiting once every task is taken (or on a stop signal).
      const auto nothing_to_do = [&] { return stop() || queue.empty(); };
      while (more && (first_of_core ? slots_.acquire(nothing_to_do) : slots_.acquire_lent(nothing_to_do))) {
        SlotHold hold(slots_);
        more = grade_while_holding(session, hold, last, first_of_core);
      }
    } catch (const Interrupted&) {
      // its task stays unfinished
    }
    session.listen_to_activity({});
    session.stop_runner();  // shut down with the thread: a runner dies with the thread that started it
  };
  std::vector<std::thread> threads;
  const std::size_t lanes = std::min(sessions_.size(), std::max<std::size_t>(tasks.size(), 1));
  for (std::size_t i = 0; i < lanes; ++i) threads.emplace_back(work, std::ref(*sessions_[i]), i < cores_);
  for (auto& t : threads) t.join();
}

}  // namespace pyjudge
