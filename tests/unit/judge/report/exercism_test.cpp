// Exercism v3 results.json.
#include <doctest/doctest.h>

#include "judge/report/exercism.hpp"
#include "support/batch_fixture.hpp"

using namespace pyjudge;
using namespace pyjudge::testing;

TEST_CASE("Exercism v3: error when nothing ran, fail, pass, hidden tests keep their code") {
  Exercise ex;
  TestCase visible;
  visible.name = "a";
  visible.kind = "call";
  visible.code = "f()";
  visible.visible = true;
  visible.expect = Value::of_int(1);
  TestCase hidden = visible;
  hidden.name = "b";
  hidden.visible = false;
  ex.tests = {visible, hidden};

  SubmissionResult r = graded("amy", "x", {test("a", Verdict::Accepted), test("b", Verdict::WrongAnswer, false)}).result;
  auto j = exercism_results(ex, r);
  CHECK(j["version"] == 3);
  CHECK(j["status"] == "fail");
  CHECK(j["message"].is_null());
  CHECK(j["tests"][0]["test_code"] == "f()\n# expected: 1");
  CHECK(j["tests"][0]["output"] == "printed");
  CHECK(j["tests"][1]["test_code"] == "# a hidden test: its code is not shown");
  CHECK(j["tests"][1]["message"] == "wrong answer");  // no details for a hidden test
  CHECK_FALSE(j["tests"][1].contains("output"));

  r.verdict = Verdict::SyntaxError;
  r.message = "x.py, line 1, column 2: invalid syntax";
  j = exercism_results(ex, r);
  CHECK(j["status"] == "error");
  CHECK(j["message"] == r.message);
  CHECK(exercism_error("no exercise")["tests"].empty());
}
