// A warm pool of runner sessions for `pyjudge grade`. Each worker thread (a
// lane) owns one session and sends it job after job: CPython starts once per
// runner, not once per submission. There are kLanesPerCore lanes per core, but
// only as many compute at once as there are cores (cpu_slots.hpp): the others
// run while submissions whose tests all wait lend them their cores. A runner that dies or hangs is replaced, and its
// submission is retried once on the fresh runner before it is reported as
// internal_error (SessionPolicy::retry_dead_runner), so a batch always finishes.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "judge/grading/verdict.hpp"
#include "judge/run/cpu_slots.hpp"
#include "judge/run/job_builder.hpp"
#include "judge/spec/exercise.hpp"

namespace pyjudge {

class RunnerSession;

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
  // Lanes for `cores` submissions computing at once.
  RunnerPool(std::filesystem::path runner, unsigned cores, JobOptions options);
  ~RunnerPool();
  RunnerPool(const RunnerPool&) = delete;
  RunnerPool& operator=(const RunnerPool&) = delete;

  // RunnerSession::probe on the first runner. Throws RunnerFailure.
  SubmissionResult probe();
  // Grades the tasks in parallel on the pool; `finished` is called (from the
  // worker threads, one call at a time) with each task's index and result.
  // Once SIGINT/SIGTERM has arrived (judge/run/stop_signals.hpp) no task
  // starts and the running ones are abandoned, their runners killed: those
  // tasks are never reported.
  void grade_all(const std::vector<PoolTask>& tasks, const std::function<void(std::size_t, const PoolResult&)>& finished);

  static constexpr unsigned kLanesPerCore = 2;

 private:
  unsigned cores_;
  CpuSlots slots_;
  std::vector<std::unique_ptr<RunnerSession>> sessions_;
};

}  // namespace pyjudge
