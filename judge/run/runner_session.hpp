// One warm runner and the policies for using it: `check`, `watch`, `verify`,
// `doctor` and each runner of the `grade` pool run submissions through a
// RunnerSession. CPython starts once per session, not once per submission; a
// runner that a run broke is replaced by the next run.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "judge/grading/run_series.hpp"
#include "judge/grading/verdict.hpp"
#include "judge/run/job_builder.hpp"
#include "judge/run/job_exchange.hpp"
#include "judge/run/runner_process.hpp"
#include "judge/spec/exercise.hpp"

namespace pyjudge {

struct SessionPolicy {
  // A run the runner failed on (it died, hung, broke the protocol or could
  // not start) is retried once on a fresh runner; a second failure is
  // internal_error (invariant 7, docs/architecture.md). Without it, a runner
  // that cannot start throws RunnerFailure.
  bool retry_dead_runner = false;
  // A test whose first run leaves its verdict in doubt (starved of CPU by the
  // host, or stopped at its CPU limit close to its memory limit) is run once
  // more on its own (test_reruns.hpp); starved twice, it is internal_error.
  bool rerun_doubtful = true;
};

class RunnerSession {
 public:
  explicit RunnerSession(std::filesystem::path runner = default_runner_path(),
                         JobOptions options = JobOptions::from_environment(), SessionPolicy policy = {});
  ~RunnerSession();
  RunnerSession(const RunnerSession&) = delete;
  RunnerSession& operator=(const RunnerSession&) = delete;

  // Starts the runner now, so that its start-up (~20 ms of CPython and the
  // sandbox's preparation) overlaps what the caller does next, e.g. loading
  // the exercise. A runner that cannot start is not an error yet: the next
  // run tries again and reports it under the session's policy.
  void start_runner() noexcept;
  // One graded run of a file's bytes, retried once on a fresh runner when the
  // policy says so. A file the judge can judge alone (judge/source/: too
  // large, not decodable) is not sent to the runner.
  SubmissionResult run_once(const Exercise& exercise, const std::string& file_bytes, const std::string& solution_name);
  // `min_runs` runs (at least one), e.g. for verify's calibration.
  RunSeries run(const Exercise& exercise, const std::string& source, const std::string& solution_name,
                std::size_t min_runs = 1);
  // A one-test job that shows which sandbox layers this host enforces and the
  // Python version; never refused for a missing layer. Throws RunnerFailure
  // when the runner cannot even do that.
  SubmissionResult probe();
  // Shuts the runner down (the next run starts a fresh one).
  void stop_runner();
  // Told when the running job's tests all start or stop waiting (job_exchange.hpp).
  void listen_to_activity(ActivityListener listener) { on_activity_ = std::move(listener); }

 private:
  RunOutcome exchange(const Exercise& exercise, const std::string& source, const JobOptions& options);
  RunOutcome exchange_or_failure(const Exercise& exercise, const std::string& source);
  RunOutcome exchange_under_policy(const Exercise& exercise, const std::string& source, std::string& retried);
  void rerun_doubtful_tests(const Exercise& exercise, const std::string& source, const std::string& solution_name,
                            RunOutcome& outcome, std::vector<std::string>& reasons);
  void ensure_runner();  // throws RunnerFailure

  std::filesystem::path runner_path_;
  JobOptions options_;
  SessionPolicy policy_;
  std::unique_ptr<RunnerProcess> runner_;
  std::optional<protocol::Hello> hello_;
  ActivityListener on_activity_;
};

}  // namespace pyjudge
