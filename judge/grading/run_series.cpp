#include "judge/grading/run_series.hpp"

#include <algorithm>

namespace pyjudge {

bool RunSeries::unanimous() const {
  return std::all_of(runs.begin(), runs.end(), [&](const SubmissionResult& r) { return r.verdict == runs.front().verdict; });
}

RunSeries run_series(const std::function<SubmissionResult()>& run, std::size_t runs) {
  RunSeries series;
  std::size_t best_votes = 0;
  for (std::size_t n = 0; n < std::max<std::size_t>(runs, 1); ++n) {
    series.runs.push_back(run());
    const Verdict latest = series.runs.back().verdict;
    const auto votes = static_cast<std::size_t>(std::count_if(
        series.runs.begin(), series.runs.end(), [&](const SubmissionResult& r) { return r.verdict == latest; }));
    if (votes > best_votes) {  // strictly more: on a tie the earlier verdict stays
      best_votes = votes;
      series.chosen = static_cast<std::size_t>(std::find_if(series.runs.begin(), series.runs.end(), [&](const SubmissionResult& r) {
                                                 return r.verdict == latest;
                                               }) - series.runs.begin());
    }
  }
  return series;
}

}  // namespace pyjudge
