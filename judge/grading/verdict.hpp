// Verdicts exactly as docs/architecture.md names them, and the result records reporters read.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pyjudge {

enum class Verdict {
  Accepted,
  WrongAnswer,
  RuntimeError,
  TimeLimitExceeded,
  MemoryLimitExceeded,
  OutputLimitExceeded,
  SyntaxError,
  RuleViolation,
  SandboxViolation,
  InternalError,
};

const char* verdict_name(Verdict v);
std::optional<Verdict> parse_verdict(std::string_view name);

struct TestResult {
  std::string name;
  bool visible = false;
  Verdict verdict = Verdict::InternalError;
  std::string message;   // one line; safe to show for hidden tests
  std::string details;   // expected/actual, traceback: shown for visible tests only
  std::string stdout_text, stderr_text;  // captured output (capped); shown for visible tests only
  std::uint64_t cpu_ms = 0, wall_ms = 0, peak_kb = 0;
  double weight = 1.0;
  std::string rerun;  // why the test was run a second time; empty when it ran once
  std::uint32_t line = 0;  // the line of the candidate's file an exception came from; 0 when none
  bool stdout_in_details = false;  // the details are a diff of stdout: no need to show it again
};

struct SubmissionResult {
  std::string exercise;
  std::string solution;
  Verdict verdict = Verdict::InternalError;
  double score = 0.0;
  std::string message;  // the submission-level reason (syntax error, rule, runner failure)
  std::string details;  // below it: a syntax error's line with a caret under the column
  std::vector<TestResult> tests;
  std::vector<std::string> sandbox_layers;  // enforced for this run
  std::vector<std::string> missing_layers;  // "name: why", not enforced
  std::string python_version;
  std::string retried;  // why the submission was run again on a fresh runner; empty when it was not
};

// Microseconds as the reports show them: milliseconds, rounded to the nearest
// (truncating would report a 0.9 ms test as 0 ms, and a sum of many as far less).
inline std::uint64_t ms_of_us(std::uint64_t us) { return (us + 500) / 1000; }

// How many of its tests were accepted.
std::size_t passed_tests(const SubmissionResult& result);

// Every test was stopped before it ran, the same way (a syntax error, a broken
// rule, a runner that failed): reports say it once for all of them.
bool stopped_before_tests(const SubmissionResult& result);

}  // namespace pyjudge
