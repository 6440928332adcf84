// What the learner is told about an exception their code raised: the class
// and their own line, never the message (it may hold a hidden test's input).
#include <doctest/doctest.h>

#include "judge/grading/exception_text.hpp"

using namespace pyjudge;

TEST_CASE("the summary names the class and the learner's line, and never the message") {
  protocol::RaisedException raised{"builtins.ZeroDivisionError", {}, "secret input 12345", "", 12, "return total / count"};
  CHECK(exception_summary(raised) == "ZeroDivisionError at line 12: return total / count");
  raised.line_text = "";
  CHECK(exception_summary(raised) == "ZeroDivisionError at line 12");
}

TEST_CASE("an exception raised outside the learner's code says so") {
  const protocol::RaisedException raised{"builtins.StopIteration", {}, "", "", 0, ""};
  CHECK(exception_summary(raised) == "StopIteration (raised in the test, outside your code)");
}

TEST_CASE("a forged line text stays one line of bounded length") {
  const protocol::RaisedException raised{"m.E", {}, "", "", 3, "a\nb\rc" + std::string(300, 'x')};
  const auto summary = exception_summary(raised);
  CHECK(summary.find('\n') == std::string::npos);
  CHECK(summary.find('\r') == std::string::npos);
  CHECK(summary.size() < 200);
}

TEST_CASE("tracebacks name the learner's file by the path they gave") {
  const std::string trace = "Traceback (most recent call last):\n  File \"evens.py\", line 3, in evens\n    x = 1 / 0\n"
                            "  File \"evens.py\", line 7, in helper\n    pass\nZeroDivisionError: division by zero";
  const auto shown = with_learner_path(trace, "evens.py", "/tmp/work/syntax.py");
  CHECK(shown.find("File \"evens.py\"") == std::string::npos);
  CHECK(shown.find("  File \"/tmp/work/syntax.py\", line 3, in evens\n") != std::string::npos);
  CHECK(shown.find("  File \"/tmp/work/syntax.py\", line 7, in helper\n") != std::string::npos);
  CHECK(with_learner_path("no frames", "evens.py", "a.py") == "no frames");
}
