#include "judge/grading/verdict.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace pyjudge {

static constexpr std::array<std::pair<Verdict, const char*>, 10> kNames = {{
    {Verdict::Accepted, "accepted"},
    {Verdict::WrongAnswer, "wrong_answer"},
    {Verdict::RuntimeError, "runtime_error"},
    {Verdict::TimeLimitExceeded, "time_limit_exceeded"},
    {Verdict::MemoryLimitExceeded, "memory_limit_exceeded"},
    {Verdict::OutputLimitExceeded, "output_limit_exceeded"},
    {Verdict::SyntaxError, "syntax_error"},
    {Verdict::RuleViolation, "rule_violation"},
    {Verdict::SandboxViolation, "sandbox_violation"},
    {Verdict::InternalError, "internal_error"},
}};

const char* verdict_name(Verdict v) {
  for (const auto& [verdict, name] : kNames)
    if (verdict == v) return name;
  return "internal_error";
}

std::optional<Verdict> parse_verdict(std::string_view text) {
  for (const auto& [verdict, name] : kNames)
    if (text == name) return verdict;
  return std::nullopt;
}

std::size_t passed_tests(const SubmissionResult& r) {
  return static_cast<std::size_t>(
      std::count_if(r.tests.begin(), r.tests.end(), [](const TestResult& t) { return t.verdict == Verdict::Accepted; }));
}

bool stopped_before_tests(const SubmissionResult& r) {
  if (r.tests.empty()) return false;
  const TestResult& first = r.tests.front();
  for (const auto& t : r.tests)
    if (t.verdict != first.verdict || t.message != first.message || t.message.rfind("not run", 0) != 0) return false;
  return true;
}

}  // namespace pyjudge
