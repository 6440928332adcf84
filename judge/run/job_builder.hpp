// From an Exercise and a candidate's source to the Job a runner executes: the
// code, names and limits only. Expected values, `raises`, `stdout` and the
// comparators stay here (invariant 1, docs/architecture.md).
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "judge/spec/exercise.hpp"
#include "protocol/job.hpp"

namespace pyjudge {

// How strict the sandbox must be for a job, and how many tests run at once.
struct JobOptions {
  bool require_sandbox = false;             // refuse to run tests when a layer is missing
  unsigned parallel_tests = 1;              // test processes the runner may run at once
  std::vector<std::string> disable_layers;  // switch layers off (tests of degraded hosts)
  // PYJUDGE_REQUIRE_SANDBOX=1 and PYJUDGE_DISABLE_LAYERS=landlock,seccomp
  static JobOptions from_environment();
};

protocol::Job make_job(const Exercise& exercise, const std::string& source, const JobOptions& options = {});
// Total time a job may take before the judge gives up on its runner.
std::chrono::milliseconds job_deadline(const Exercise& exercise);

}  // namespace pyjudge
