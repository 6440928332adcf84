// A warm pool of pyjudge-runner processes for `pyjudge grade`. Each worker
// thread owns one runner and sends it job after job: CPython starts once per
// runner, not once per submission. A runner that dies or hangs is replaced,
// and its submission is retried once on the fresh runner before it is
// reported as internal_error, so a batch always finishes.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "exercise.hpp"
#include "submission_run.hpp"
#include "verdict.hpp"

namespace pyjudge {

struct RunnerSlot;  // one runner of the pool (runner_pool.cpp)

struct PoolTask {
  const Exercise* exercise = nullptr;
  std::string source;
  std::string name;  // the solution name the result carries
};

struct PoolResult {
  SubmissionResult result;
  std::uint64_t duration_ms = 0;  // retries included
};

class RunnerPool {
 public:
  RunnerPool(std::filesystem::path runner, unsigned size, JobOptions options);
  ~RunnerPool();
  RunnerPool(const RunnerPool&) = delete;
  RunnerPool& operator=(const RunnerPool&) = delete;

  // Runs a job without tests on the first runner: the layers its submission
  // process enforces and the Python version. Throws RunnerFailure when the
  // runner cannot even do that.
  SubmissionResult probe();
  // Grades every task, in parallel on the pool; `done` is called (from the
  // worker threads, one at a time) after each task. Results in task order.
  std::vector<PoolResult> grade_all(const std::vector<PoolTask>& tasks, const std::function<void()>& done);

 private:
  std::filesystem::path runner_;
  JobOptions options_;
  std::vector<std::unique_ptr<RunnerSlot>> slots_;
};

}  // namespace pyjudge
