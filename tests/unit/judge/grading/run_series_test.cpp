// Verdicts near a CPU limit are re-run and the majority wins.
#include <doctest/doctest.h>

#include "judge/grading/stable_verdict.hpp"

using namespace pyjudge;

namespace {

Exercise one_test(std::uint32_t cpu_ms) {
  Exercise ex;
  TestCase t;
  t.name = "t";
  t.limits.cpu_ms = cpu_ms;
  ex.tests.push_back(t);
  return ex;
}

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

TEST_CASE("near a limit means within 20 % of it, either side; a CPU time-out always is") {
  const auto ex = one_test(1000);
  CHECK_FALSE(near_limit(ex, result(Verdict::Accepted, 799)));
  CHECK(near_limit(ex, result(Verdict::Accepted, 800)));
  CHECK(near_limit(ex, result(Verdict::Accepted, 1200)));
  CHECK(near_limit(ex, result(Verdict::TimeLimitExceeded, 1004)));
  CHECK(near_limit(ex, result(Verdict::TimeLimitExceeded, 1500)));
  CHECK_FALSE(near_limit(ex, result(Verdict::TimeLimitExceeded, 10)));  // a wall-clock time-out: sleeping
}

TEST_CASE("a verdict far from the limits is run once") {
  const auto ex = one_test(1000);
  Script script{{result(Verdict::WrongAnswer, 5)}};
  const auto series = run_series(ex, std::ref(script));
  CHECK(script.calls == 1);
  CHECK(series.result().verdict == Verdict::WrongAnswer);
  CHECK(series.unanimous());
}

TEST_CASE("a time-out confirmed by the second run is not run a third time") {
  const auto ex = one_test(1000);
  Script script{{result(Verdict::TimeLimitExceeded, 1001), result(Verdict::TimeLimitExceeded, 1002), result(Verdict::Accepted, 900)}};
  const auto series = run_series(ex, std::ref(script));
  CHECK(script.calls == 2);
  CHECK(series.result().verdict == Verdict::TimeLimitExceeded);
}

TEST_CASE("disagreeing runs near the limit go to three, and the majority wins") {
  const auto ex = one_test(1000);
  Script script{{result(Verdict::TimeLimitExceeded, 1001), result(Verdict::Accepted, 950), result(Verdict::Accepted, 940)}};
  const auto series = run_series(ex, std::ref(script));
  CHECK(script.calls == 3);
  CHECK(series.result().verdict == Verdict::Accepted);
  CHECK(series.chosen == 1);
  CHECK_FALSE(series.unanimous());
}

TEST_CASE("a minimum number of runs is always made") {
  const auto ex = one_test(1000);
  Script script{{result(Verdict::Accepted, 1), result(Verdict::Accepted, 2), result(Verdict::Accepted, 3), result(Verdict::Accepted, 4)}};
  const auto series = run_series(ex, std::ref(script), 4);
  CHECK(script.calls == 4);
  CHECK(series.runs.size() == 4);
}
