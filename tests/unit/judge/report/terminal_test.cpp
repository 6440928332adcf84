// The terminal report: CPU time labelled, hidden tests without details, and a
// submission that never ran its tests said once, not once per test.
#include <doctest/doctest.h>

#include <sstream>

#include "judge/grading/assign_verdicts.hpp"
#include "judge/report/terminal.hpp"

using namespace pyjudge;

namespace {

std::string printed(const SubmissionResult& r, bool colour = false) {
  std::ostringstream out;
  print_terminal_report(out, r, TerminalStyle{colour});
  return out.str();
}

TestResult test(const std::string& name, bool visible, Verdict v, const std::string& message = "") {
  TestResult t;
  t.name = name;
  t.visible = visible;
  t.verdict = v;
  t.message = message;
  t.cpu_ms = 12;
  t.details = "expected: 1\nactual:   2";
  t.stdout_text = "printed";
  return t;
}

}  // namespace

TEST_CASE("each test's time is labelled as CPU time, and hidden tests show their message only") {
  SubmissionResult r;
  r.exercise = "demo";
  r.solution = "work/demo.py";
  r.tests = {test("shown", true, Verdict::WrongAnswer, "wrong answer"),
             test("secret", false, Verdict::RuntimeError, "ZeroDivisionError at line 3: return a / b")};
  summarise(r);
  const auto out = printed(r);
  CHECK(out.find("    12 ms cpu  shown\n      wrong answer\n      expected: 1\n      actual:   2\n      stdout:\n        printed\n") !=
        std::string::npos);
  CHECK(out.find("secret (hidden)\n      ZeroDivisionError at line 3: return a / b\nwrong_answer  score 0.00  (0/2 tests passed)\n") !=
        std::string::npos);
}

TEST_CASE("a submission that does not compile: the error once with its caret, then one line for every test") {
  SubmissionResult r;
  r.exercise = "even-numbers";
  r.solution = "/tmp/work/syntax.py";
  r.message = "/tmp/work/syntax.py, line 1, column 13: expected ':'";
  r.details = "    def evens(n)\n                ^\n";
  for (int i = 0; i < 15; ++i) r.tests.push_back(test("t" + std::to_string(i), i < 2, Verdict::SyntaxError, kNotCompiled));
  summarise(r);
  CHECK(printed(r) ==
        "even-numbers  /tmp/work/syntax.py\n"
        "  /tmp/work/syntax.py, line 1, column 13: expected ':'\n"
        "      def evens(n)\n"
        "                  ^\n"
        "  not run: does not compile (15 tests)\n"
        "syntax_error  score 0.00  (0/15 tests passed)\n");
}

TEST_CASE("colour only when the style says so") {
  SubmissionResult r;
  r.tests = {test("t", true, Verdict::Accepted)};
  summarise(r);
  CHECK(printed(r, false).find('\033') == std::string::npos);
  CHECK(printed(r, true).find("\033[32mPASS") != std::string::npos);
}

TEST_CASE("output that the details already diff is not printed again below them") {
  SubmissionResult r;
  auto t = test("rows", true, Verdict::WrongAnswer, "wrong output");
  t.details = "stdout (- expected, + actual):\n- row 2\n+ row two";
  t.stdout_text = "row 1\nrow two\n";
  t.stdout_in_details = true;
  r.tests = {t};
  summarise(r);
  const auto out = printed(r);
  CHECK(out.find("+ row two\n") != std::string::npos);
  CHECK(out.find("stdout:\n") == std::string::npos);
  CHECK(out.find("row 1") == std::string::npos);
}
