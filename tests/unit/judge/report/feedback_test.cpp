// A student's feedback file: verdicts, points, every test, visible diffs, and
// nothing of a hidden test but its name, verdict and message.
#include <doctest/doctest.h>

#include "judge/report/feedback.hpp"
#include "support/batch_fixture.hpp"

using namespace pyjudge;
using namespace pyjudge::testing;

TEST_CASE("feedback: the total, each exercise's verdict and tests, visible diffs only, what was not sent") {
  auto lru = graded("amy", "lru-cache", {test("get returns it", Verdict::Accepted), test("a *capacity* of one", Verdict::WrongAnswer),
                                        test("evicts the oldest", Verdict::RuntimeError, false)});
  lru.points = 3;
  lru.result.tests[2].message = "KeyError at line 12: del self.d[k]";
  lru.result.tests[2].details = "secret hidden input";
  lru.result.tests[1].details = "expected: 1\nactual:   ```2";
  BatchEntry typo;
  typo.submitter = "amy";
  typo.exercise = "vectr";
  typo.path = "amy/vectr.py";
  typo.error = "no exercise named 'vectr'; did you mean: vector?";
  const std::map<std::string, double> columns{{"lru-cache", 3}, {"vector", 2}};
  const auto md = feedback_markdown("amy", {&lru, &typo}, columns);
  CHECK(md.rfind("# amy\n\nTotal: 1 of 5 points.\n\n## lru-cache: wrong_answer\n\namy/lru-cache.py\n\n"
                 "Score 0.3333 × 3 points = 1. 1 of 3 tests passed.\n\n", 0) == 0);
  CHECK(md.find("- PASS: get returns it\n") != std::string::npos);
  CHECK(md.find("- FAIL: a \\*capacity\\* of one — wrong_answer: wrong answer\n\n  ````\n  expected: 1\n  actual:   ```2\n  ````\n\n") !=
        std::string::npos);
  CHECK(md.find("- FAIL (hidden): evicts the oldest — runtime_error: KeyError at line 12: del self.d\\[k\\]\n") != std::string::npos);
  CHECK(md.find("secret hidden input") == std::string::npos);
  CHECK(md.find("## vectr: not graded\n\namy/vectr.py: no exercise named 'vectr'; did you mean: vector?\n") != std::string::npos);
  CHECK(md.find("## Not submitted\n\n- vector (2 points)\n") != std::string::npos);
}

TEST_CASE("feedback on a submission that does not compile: the error with its caret once, then one line for the tests") {
  auto broken = graded("bo", "vector", {});
  for (int i = 0; i < 5; ++i) {
    auto t = test("t" + std::to_string(i), Verdict::SyntaxError);
    t.message = "not run: does not compile";
    broken.result.tests.push_back(t);
  }
  broken.result.verdict = Verdict::SyntaxError;
  broken.result.score = 0;
  broken.result.message = "bo/vector.py, line 1, column 5: invalid syntax";
  broken.result.details = "    def (:\n        ^\n";
  const auto md = feedback_markdown("bo", {&broken}, {{"vector", 1}});
  CHECK(md.find("bo/vector.py, line 1, column 5: invalid syntax\n\n```\n    def (:\n        ^\n```\n\n- not run: does not compile (5 tests)\n") !=
        std::string::npos);
}
