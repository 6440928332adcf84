// Several runs of one submission: exactly as many as asked, and the majority
// verdict (the first on a tie). A time-out is never run again for being near a
// limit.
#include <doctest/doctest.h>

#include "judge/grading/run_series.hpp"

using namespace pyjudge;

namespace {

SubmissionResult result(Verdict v, std::uint64_t cpu_ms) {
  SubmissionResult r;
  r.verdict = v;
  TestResult t;
  t.verdict = v;
  t.cpu_ms = cpu_ms;
  r.tests.push_back(t);
  return r;
}

// Hands out the given results in order and counts the calls.
struct Script {
  std::vector<SubmissionResult> results;
  std::size_t calls = 0;
  SubmissionResult operator()() { return results.at(calls++); }
};

}  // namespace

TEST_CASE("one run by default, even for a time-out at its limit") {
  Script script{{result(Verdict::TimeLimitExceeded, 1000), result(Verdict::Accepted, 900)}};
  const auto series = run_series(std::ref(script));
  CHECK(script.calls == 1);
  CHECK(series.result().verdict == Verdict::TimeLimitExceeded);
  CHECK(series.unanimous());
}

TEST_CASE("exactly the runs asked for, the majority wins") {
  Script script{{result(Verdict::TimeLimitExceeded, 1001), result(Verdict::Accepted, 950), result(Verdict::Accepted, 940)}};
  const auto series = run_series(std::ref(script), 3);
  CHECK(script.calls == 3);
  CHECK(series.result().verdict == Verdict::Accepted);
  CHECK(series.chosen == 1);
  CHECK_FALSE(series.unanimous());
}

TEST_CASE("on a tie the verdict that came first wins") {
  Script script{{result(Verdict::WrongAnswer, 1), result(Verdict::Accepted, 2)}};
  const auto series = run_series(std::ref(script), 2);
  CHECK(series.result().verdict == Verdict::WrongAnswer);
  CHECK(series.chosen == 0);
}
