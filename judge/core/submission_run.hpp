// Sends one submission to a runner and collects its frames into a RunOutcome.
// Expected values are not part of the job: only code, names and limits.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "exercise.hpp"
#include "protocol.hpp"
#include "runner_process.hpp"

namespace pyjudge {

struct RunOutcome {
  std::optional<protocol::Hello> hello;
  std::optional<protocol::SubmissionStatus> status;
  std::vector<std::optional<protocol::TestRecord>> records;  // one slot per test
  std::optional<protocol::EndOfSubmission> end;
  std::string failure;  // why the stream stopped early; empty when complete
};

// How strict the sandbox must be for a job.
struct JobOptions {
  bool require_sandbox = false;             // refuse to run tests when a layer is missing
  unsigned parallel_tests = 1;              // test processes the runner may run at once
  std::vector<std::string> disable_layers;  // switch layers off (tests of degraded hosts)
  // PYJUDGE_REQUIRE_SANDBOX=1 and PYJUDGE_DISABLE_LAYERS=landlock,seccomp
  static JobOptions from_environment();
};

std::string job_json(const Exercise& exercise, const std::string& source, const JobOptions& options = {});
// Reads the runner's Hello if it has not been read yet, then runs the job.
RunOutcome run_submission(RunnerProcess& runner, const Exercise& exercise, const std::string& source,
                          std::optional<protocol::Hello>& hello,
                          const JobOptions& options = JobOptions::from_environment());
// Total time a job may take before the judge gives up on its runner.
std::chrono::milliseconds job_deadline(const Exercise& exercise);

}  // namespace pyjudge
