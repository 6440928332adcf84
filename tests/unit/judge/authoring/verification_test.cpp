// What `verify` concludes from the runs: failures, the catch matrix and the
// calibration warnings (no process is started: analyse() is pure).
#include <doctest/doctest.h>

#include <algorithm>

#include "judge/authoring/verification.hpp"

using namespace pyjudge;

namespace {

// Two visible examples, then three hidden tests, all with a 1000 ms CPU limit.
Exercise exercise() {
  Exercise ex;
  ex.slug = "demo";
  for (int i = 0; i < 5; ++i) {
    TestCase t;
    t.name = "t" + std::to_string(i);
    t.visible = i < 2;
    t.limits.cpu_ms = 1000;
    ex.tests.push_back(t);
  }
  return ex;
}

// One run: a verdict and CPU time per test.
SubmissionResult run(const std::vector<std::pair<Verdict, std::uint64_t>>& tests) {
  SubmissionResult r;
  r.verdict = Verdict::Accepted;
  for (const auto& [v, cpu] : tests) {
    TestResult t;
    t.verdict = v;
    t.cpu_ms = cpu;
    r.tests.push_back(t);
    if (r.verdict == Verdict::Accepted) r.verdict = v;
  }
  return r;
}

SubmissionResult all(Verdict v, std::uint64_t cpu = 1) { return run(std::vector<std::pair<Verdict, std::uint64_t>>(5, {v, cpu})); }

SolutionRow row(std::string file, std::optional<Verdict> expected, std::vector<SubmissionResult> runs) {
  RunSeries s;
  s.runs = std::move(runs);
  return {std::move(file), expected, s, true};
}

const Verdict A = Verdict::Accepted, W = Verdict::WrongAnswer, T = Verdict::TimeLimitExceeded;

bool has_warning(const ExerciseVerification& v, const std::string& kind, const std::string& part) {
  return std::any_of(v.warnings.begin(), v.warnings.end(),
                     [&](const auto& w) { return w.kind == kind && w.message.find(part) != std::string::npos; });
}

ExerciseVerification base() {
  ExerciseVerification v;
  v.reference = row("solution.py", std::nullopt, {all(A, 10), all(A, 12), all(A, 11)});
  v.starter = row("starter", std::nullopt, {all(Verdict::RuntimeError)});
  return v;
}

}  // namespace

TEST_CASE("a good exercise: no failures, columns labelled, reference calibrated from its slowest run") {
  auto v = base();
  v.wrong.push_back(row("wrong/a.py", W, {run({{A, 1}, {A, 1}, {W, 1}, {A, 1}, {A, 1}})}));
  v.wrong.push_back(row("wrong/b.py", W, {run({{W, 1}, {A, 1}, {A, 1}, {W, 1}, {W, 1}})}));
  analyse(v, exercise());
  CHECK(v.ok());
  CHECK(v.failures.empty());
  CHECK(v.warnings.empty());
  REQUIRE(v.tests.size() == 5);
  CHECK(v.tests[0].label == "e1");
  CHECK(v.tests[2].label == "1");
  CHECK(v.tests[2].reference_max_cpu_ms == 12);
}

TEST_CASE("a reference that is not accepted and a wrong solution with another verdict fail") {
  auto v = base();
  v.reference = row("solution.py", std::nullopt, {all(W)});
  v.wrong.push_back(row("wrong/a.py", T, {all(W)}));
  analyse(v, exercise());
  CHECK_FALSE(v.ok());
  REQUIRE(v.failures.size() == 2);
  CHECK(v.failures[0] == "the reference solution got wrong_answer, not accepted");
  CHECK(v.failures[1] == "wrong/a.py: expected time_limit_exceeded, got wrong_answer");
}

TEST_CASE("tests that catch nothing, mistakes caught only by examples, a starter that passes") {
  auto v = base();
  v.starter = row("starter", std::nullopt, {run({{W, 1}, {W, 1}, {W, 1}, {A, 1}, {W, 1}})});
  v.wrong.push_back(row("wrong/a.py", W, {run({{W, 1}, {A, 1}, {A, 1}, {A, 1}, {A, 1}})}));
  v.wrong.push_back(row("wrong/b.py", W, {run({{A, 1}, {A, 1}, {W, 1}, {A, 1}, {A, 1}})}));
  analyse(v, exercise());
  CHECK(v.ok());  // warnings only
  CHECK(has_warning(v, "caught_only_by_examples", "wrong/a.py is caught only by visible examples (e1)"));
  CHECK(has_warning(v, "catches_nothing", "test 2 't3' catches nothing"));
  CHECK(has_warning(v, "catches_nothing", "test 3 't4' catches nothing"));
  CHECK_FALSE(has_warning(v, "catches_nothing", "test 1 "));
  CHECK(has_warning(v, "starter_passes", "the starter code passes test 2 't3'"));
}

TEST_CASE("a rule_violation wrong solution is not counted as caught by every test") {
  auto v = base();
  auto rule = all(Verdict::RuleViolation);
  for (auto& t : rule.tests) t.message = "not run: using 'eval' is not allowed";
  v.wrong.push_back(row("wrong/rule.py", Verdict::RuleViolation, {rule}));
  v.wrong.push_back(row("wrong/a.py", W, {run({{A, 1}, {A, 1}, {W, 1}, {A, 1}, {A, 1}})}));
  analyse(v, exercise());
  CHECK(decided_before_tests(rule));
  CHECK(v.ok());
  CHECK(has_warning(v, "catches_nothing", "test 2 't3'"));
}

TEST_CASE("CPU calibration: tight limits, fragile time-outs, passes close to the limit") {
  auto v = base();
  // The reference needs 400 ms on hidden test 1 (index 2): 1000 < 3 x 400, and 1.5 x 400 < 1000.
  v.reference = row("solution.py", std::nullopt, {run({{A, 1}, {A, 1}, {A, 400}, {A, 700}, {A, 1}})});
  v.wrong.push_back(row("wrong/slow.py", T, {run({{A, 1}, {A, 1}, {T, 1000}, {T, 1000}, {A, 700}}),
                                             run({{A, 1}, {A, 1}, {T, 1000}, {T, 1000}, {A, 690}})}));
  analyse(v, exercise());
  CHECK(v.ok());
  CHECK(has_warning(v, "tight_limit", "test 1 't2': the CPU limit of 1000 ms is less than 3x the reference's slowest run (400 ms)"));
  CHECK(has_warning(v, "tight_limit", "test 2 't3'"));
  CHECK(has_warning(v, "fragile_time_limit", "wrong/slow.py times out on test 2 't3', but the reference needs 700 ms"));
  CHECK_FALSE(has_warning(v, "fragile_time_limit", "test 1 't2'"));  // 1.5 x 400 < 1000: a clear margin
  CHECK(has_warning(v, "near_limit_pass", "wrong/slow.py passed test 3 't4' in 700 ms of its 1000 ms limit"));
}

TEST_CASE("runs that disagree are reported as unstable, internal errors are flagged") {
  auto v = base();
  RunSeries s;
  s.runs = {all(T, 1000), all(A, 900), all(T, 1001)};
  v.wrong.push_back({"wrong/flaky.py", T, s, true});
  v.wrong.push_back(row("wrong/broken.py", W, {all(Verdict::InternalError)}));
  analyse(v, exercise());
  CHECK(has_warning(v, "unstable", "wrong/flaky.py: the verdict changed between runs (time_limit_exceeded, accepted, time_limit_exceeded)"));
  CHECK(v.internal_error);
  CHECK_FALSE(v.ok());
}

TEST_CASE("an exercise without wrong solutions gets one warning, not one per test") {
  auto v = base();
  analyse(v, exercise());
  REQUIRE(v.warnings.size() == 1);
  CHECK(v.warnings[0].kind == "no_wrong_solutions");
}
