#include "runner_pool.hpp"


#include <atomic>
#include <chrono>
#include <mutex>
#include <optional>
#include <thread>

#include "grading.hpp"

namespace pyjudge {

using Clock = std::chrono::steady_clock;

// One runner and what has been read of it. `runner` is empty after a failure
// until the next task starts a fresh one.
struct RunnerSlot {
  std::unique_ptr<RunnerProcess> runner;
  std::optional<protocol::Hello> hello;
  std::string start_failure;  // why the last start failed

  RunOutcome run(const std::filesystem::path& exe, const Exercise& ex, const std::string& source,
                 const JobOptions& options) {
    if (!runner) start(exe);
    if (!runner) {
      RunOutcome failed;
      failed.records.resize(ex.tests.size());
      failed.failure = start_failure;
      return failed;
    }
    RunOutcome outcome = run_submission(*runner, ex, source, hello, options);
    if (!outcome.failure.empty()) discard();  // run_submission has killed it
    return outcome;
  }

  void start(const std::filesystem::path& exe) {
    try {
      runner = std::make_unique<RunnerProcess>(exe);
      hello.reset();
    } catch (const RunnerFailure& e) {
      start_failure = e.what();
    }
  }

  void discard() {
    runner.reset();
    hello.reset();
  }
};

namespace {

// A second failure is the judge's: the verdict is internal_error whatever the
// records that did arrive say (DESIGN.md invariant 7).
void blame_the_judge(SubmissionResult& result, const std::string& failure) {
  result.verdict = Verdict::InternalError;
  result.message = "the runner failed twice on this submission (last: " + failure + ")";
}

PoolResult grade_with_retry(RunnerSlot& slot, const std::filesystem::path& exe, const PoolTask& task,
                            const JobOptions& options) {
  const auto started = Clock::now();
  RunOutcome outcome = slot.run(exe, *task.exercise, task.source, options);
  if (!outcome.failure.empty()) outcome = slot.run(exe, *task.exercise, task.source, options);  // on a fresh runner
  PoolResult out;
  out.result = grade(*task.exercise, outcome, task.name);
  if (!outcome.failure.empty()) blame_the_judge(out.result, outcome.failure);
  out.duration_ms = static_cast<std::uint64_t>(
      std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - started).count());
  return out;
}

}  // namespace

RunnerPool::RunnerPool(std::filesystem::path runner, unsigned size, JobOptions options)
    : runner_(std::move(runner)), options_(std::move(options)) {
  for (unsigned i = 0; i < std::max(size, 1u); ++i) {
    slots_.push_back(std::make_unique<RunnerSlot>());
    slots_.back()->start(runner_);  // all start CPython at once, in parallel
  }
}

RunnerPool::~RunnerPool() = default;

SubmissionResult RunnerPool::probe() {
  Exercise empty;
  empty.slug = "sandbox-probe";
  empty.module = "sandbox_probe";
  JobOptions lenient = options_;
  lenient.require_sandbox = false;  // report the layers rather than refuse
  RunnerSlot& slot = *slots_.front();
  const RunOutcome outcome = slot.run(runner_, empty, "", lenient);
  if (!outcome.failure.empty()) throw RunnerFailure(outcome.failure);
  return grade(empty, outcome, "");
}

std::vector<PoolResult> RunnerPool::grade_all(const std::vector<PoolTask>& tasks, const std::function<void()>& done) {
  std::vector<PoolResult> results(tasks.size());
  std::atomic<std::size_t> next{0};
  std::mutex done_mutex;
  auto work = [&](RunnerSlot& slot) {
    for (std::size_t i; (i = next++) < tasks.size();) {
      results[i] = grade_with_retry(slot, runner_, tasks[i], options_);
      std::lock_guard lock(done_mutex);
      done();
    }
    slot.discard();  // shut down with the thread: a runner dies with the thread that started it
  };
  std::vector<std::thread> threads;
  for (auto& slot : slots_) threads.emplace_back(work, std::ref(*slot));
  for (auto& t : threads) t.join();
  return results;
}

}  // namespace pyjudge
