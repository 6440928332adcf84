// Runs solutions against exercises through one warm runner process, restarting
// it when a run broke it. `check`, `watch` and `verify` all grade through here.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "exercise.hpp"
#include "protocol.hpp"
#include "runner_process.hpp"
#include "submission_run.hpp"
#include "stable_verdict.hpp"
#include "verdict.hpp"

namespace pyjudge {

class Checker {
 public:
  explicit Checker(std::filesystem::path runner = default_runner_path(),
                   JobOptions options = JobOptions::from_environment());
  ~Checker();
  Checker(const Checker&) = delete;
  Checker& operator=(const Checker&) = delete;

  // Starts the runner now, so that its start-up (~20 ms of CPython and the
  // sandbox's preparation) overlaps what the caller does next, e.g. loading
  // the exercise. A runner that cannot start is not an error yet: run_once
  // tries again and reports it as it always does.
  void start_runner() noexcept;
  // One run, graded. Throws RunnerFailure when the runner cannot be started.
  SubmissionResult run_once(const Exercise& exercise, const std::string& source, const std::string& solution_name);
  // At least `min_runs` runs, more when a verdict is near a limit (stable_verdict.hpp).
  RunSeries run(const Exercise& exercise, const std::string& source, const std::string& solution_name, std::size_t min_runs = 1);

 private:
  void ensure_runner();  // throws RunnerFailure

  std::filesystem::path runner_path_;
  JobOptions options_;
  std::unique_ptr<RunnerProcess> runner_;
  std::optional<protocol::Hello> hello_;
};

// The text of a solution file; throws UsageError naming the path when it cannot be read.
std::string read_solution_file(const std::filesystem::path& path);

}  // namespace pyjudge
