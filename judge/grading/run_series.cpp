#include "judge/grading/stable_verdict.hpp"

#include <algorithm>
#include <map>

namespace pyjudge {

bool near_limit(const Exercise& exercise, const SubmissionResult& result) {
  for (std::size_t i = 0; i < result.tests.size() && i < exercise.tests.size(); ++i) {
    const auto& t = result.tests[i];
    const double limit = exercise.tests[i].limits.cpu_ms;
    const double cpu = static_cast<double>(t.cpu_ms);
    if (cpu >= kNearLimitLow * limit && (cpu <= kNearLimitHigh * limit || t.verdict == Verdict::TimeLimitExceeded)) return true;
  }
  return false;
}

bool RunSeries::unanimous() const {
  return std::all_of(runs.begin(), runs.end(), [&](const SubmissionResult& r) { return r.verdict == runs.front().verdict; });
}

namespace {

// The verdict with the most runs (ties: the earliest) and its vote count.
std::pair<std::size_t, std::size_t> leader(const std::vector<SubmissionResult>& runs) {
  std::size_t best = 0, best_votes = 0;
  for (std::size_t i = 0; i < runs.size(); ++i) {
    const auto votes = static_cast<std::size_t>(std::count_if(
        runs.begin(), runs.end(), [&](const SubmissionResult& r) { return r.verdict == runs[i].verdict; }));
    if (votes > best_votes) best = i, best_votes = votes;
  }
  return {best, best_votes};
}

}  // namespace

RunSeries run_series(const Exercise& exercise, const std::function<SubmissionResult()>& run, std::size_t min_runs,
                     bool rerun_near_limit) {
  RunSeries series;
  std::size_t target = std::max<std::size_t>(min_runs, 1);
  bool near = false;
  for (;;) {
    series.runs.push_back(run());
    near = near || (rerun_near_limit && near_limit(exercise, series.runs.back()));
    if (near) target = std::max(target, kStableRuns);
    const auto [first, votes] = leader(series.runs);
    series.chosen = first;
    if (series.runs.size() >= target) break;
    if (near && series.runs.size() >= min_runs && votes * 2 > target) break;  // the rest cannot change the majority
  }
  return series;
}

}  // namespace pyjudge
