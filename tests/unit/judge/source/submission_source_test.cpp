// What the judge decides before a runner sees a submission.
#include <doctest/doctest.h>

#include "judge/source/submission_source.hpp"

using namespace pyjudge;

namespace {

Exercise exercise(ExerciseKind kind = ExerciseKind::Python) {
  Exercise ex;
  ex.slug = "demo";
  ex.module = "demo";
  ex.kind = kind;
  ex.rules.max_source_bytes = 10;
  TestCase t;
  t.name = "one";
  t.kind = "call";
  t.code = "f()";
  ex.tests.push_back(t);
  return ex;
}

}  // namespace

TEST_CASE("a file larger than the rule allows is a rule violation, judged on its size") {
  const auto prepared = prepare_source(exercise(), "", 33u << 20);
  REQUIRE(prepared.stop);
  const SubmissionResult r = stopped_before_running(exercise(), *prepared.stop, "big.py");
  CHECK(r.verdict == Verdict::RuleViolation);
  CHECK(r.message == "the solution is 34603008 bytes, larger than the 10 bytes this exercise allows");
  CHECK(r.tests.size() == 1);
  CHECK(r.tests[0].verdict == Verdict::RuleViolation);
  CHECK_FALSE(prepare_source(exercise(), "x = 1\n", 10).stop);  // exactly the limit is allowed
}

TEST_CASE("a file CPython would not read is a syntax error naming the line, others reach the runner as UTF-8") {
  const auto nul = prepare_source(exercise(), std::string_view("x=1\n\0\n", 6), 6);
  REQUIRE(nul.stop);
  const SubmissionResult r = stopped_before_running(exercise(), *nul.stop, "nul.py", "3.11.2");
  CHECK(r.verdict == Verdict::SyntaxError);
  CHECK(r.message == "nul.py, line 2, column 1: source code cannot contain null bytes");  // the path given
  CHECK(r.python_version == "3.11.2");
  CHECK(prepare_source(exercise(), "\xEF\xBB\xBFx=1\n", 7).text == "x=1\n");
  // SQL is not Python: its text is sent as it is.
  CHECK(prepare_source(exercise(ExerciseKind::Sql), "\xEF\xBB\xBFs", 4).text == "\xEF\xBB\xBFs");
}
