// Tests whose first run leaves their verdict in doubt, and how a second run
// settles them (docs/spec-format.md, "Limits"):
// - a test the host starved of CPU (TestRecord::Kill::Starved) runs again as
//   it was, and its second record replaces the first;
// - a test stopped at its CPU limit after growing past half its memory limit
//   may have been a few milliseconds from its memory limit: how much CPU a
//   process needs to fill memory depends on the host's load. It runs again
//   with twice the CPU time; if it then exceeds its memory limit, that is its
//   verdict, and otherwise the first record stands.
#pragma once

#include <string>
#include <vector>

#include "judge/grading/verdict.hpp"
#include "judge/run/job_exchange.hpp"
#include "judge/spec/exercise.hpp"

namespace pyjudge {

struct Rerun {
  enum class Why { Starved, CpuOrMemory };
  std::size_t index = 0;  // the test's index in the exercise
  Why why = Why::Starved;
  std::string reason;  // the report's `rerun` text
};

std::vector<Rerun> tests_to_rerun(const Exercise& exercise, const RunOutcome& outcome);

// The exercise reduced to the tests to re-run, in `reruns` order, with the
// limits their second run gets.
Exercise rerun_exercise(const Exercise& exercise, const std::vector<Rerun>& reruns);

// Puts what the second run (`again`, judged as `again_results`) settled in
// `outcome`: each record it replaces, re-indexed to the whole exercise.
void settle_reruns(const std::vector<Rerun>& reruns, const RunOutcome& again, const std::vector<TestResult>& again_results,
                   RunOutcome& outcome);

}  // namespace pyjudge
