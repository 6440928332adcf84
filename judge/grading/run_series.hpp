// Verdicts near a limit are re-run before they are reported (docs/cli.md,
// "Verdicts near a limit"): a test is near its CPU limit L when it used at
// least 0.8·L and at most 1.2·L of CPU time (a CPU time-out always counts);
// a submission with such a test is run up to 3 times and the majority verdict
// wins.
#pragma once

#include <cstddef>
#include <functional>
#include <vector>

#include "judge/spec/exercise.hpp"
#include "judge/grading/verdict.hpp"

namespace pyjudge {

inline constexpr double kNearLimitLow = 0.8;
inline constexpr double kNearLimitHigh = 1.2;
inline constexpr std::size_t kStableRuns = 3;

// True when some test's CPU time is within 20 % of its limit, either side.
bool near_limit(const Exercise& exercise, const SubmissionResult& result);

struct RunSeries {
  std::vector<SubmissionResult> runs;  // every run, in order
  std::size_t chosen = 0;              // the first run with the winning verdict
  const SubmissionResult& result() const { return runs.at(chosen); }
  bool unanimous() const;              // every run got the same verdict
};

// Runs `run` `min_runs` times (at least once). With `rerun_near_limit`, when a
// run is near a limit the series grows to max(min_runs, 3) runs, stopping
// early once one verdict has a strict majority of that total. The winner is
// the verdict with the most runs; on a tie, the one that came first.
RunSeries run_series(const Exercise& exercise, const std::function<SubmissionResult()>& run, std::size_t min_runs = 1,
                     bool rerun_near_limit = true);

}  // namespace pyjudge
