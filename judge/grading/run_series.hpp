// Several runs of one submission, as `verify` makes of a reference solution to
// calibrate its CPU limits, and the verdict they agree on. (`check` and `grade`
// run a submission once: a CPU time-out is measured exactly and final; only a
// test the host starved of CPU is run again, runner_session.hpp.)
#pragma once

#include <cstddef>
#include <functional>
#include <vector>

#include "judge/grading/verdict.hpp"

namespace pyjudge {

struct RunSeries {
  std::vector<SubmissionResult> runs;  // every run, in order
  std::size_t chosen = 0;              // the first run with the winning verdict
  const SubmissionResult& result() const { return runs.at(chosen); }
  bool unanimous() const;              // every run got the same verdict
};

// Runs `run` `runs` times (at least once). The winner is the verdict with the
// most runs; on a tie, the one that came first.
RunSeries run_series(const std::function<SubmissionResult()>& run, std::size_t runs = 1);

}  // namespace pyjudge
