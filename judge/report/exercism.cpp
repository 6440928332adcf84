#include "judge/report/exercism.hpp"

#include <algorithm>

namespace pyjudge {

using nlohmann::json;

namespace {

constexpr int kVersion = 3;
constexpr std::size_t kOutputLimit = 500;  // the interface's cap on per-test output
constexpr const char* kHiddenCode = "# a hidden test: its code is not shown";

const char* test_status(Verdict v) {
  if (v == Verdict::Accepted) return "pass";
  if (v == Verdict::WrongAnswer) return "fail";
  return "error";
}

// No test ran: the submission stopped before its first test.
bool nothing_ran(const SubmissionResult& r) {
  if (r.verdict == Verdict::SyntaxError || r.verdict == Verdict::RuleViolation) return true;
  return r.verdict == Verdict::InternalError &&
         std::all_of(r.tests.begin(), r.tests.end(), [](const TestResult& t) { return t.verdict == Verdict::InternalError; });
}

std::string test_code(const TestCase& test) {
  if (!test.visible) return kHiddenCode;
  std::string code = test.code;
  if (test.raises) code += "\n# expected to raise: " + *test.raises;
  else if (test.expect) code += (test.kind == "call" ? "\n# expected: " : "\n# expected observations: ") + repr(*test.expect);
  return code;
}

std::string output(const std::string& stdout_text) {
  if (stdout_text.size() <= kOutputLimit) return stdout_text;
  return stdout_text.substr(0, kOutputLimit) + "\nOutput was truncated. Please limit to 500 chars";
}

json test_json(const TestCase& test, const TestResult& t) {
  json j = {{"name", t.name}, {"status", test_status(t.verdict)}, {"test_code", test_code(test)}};
  if (t.verdict != Verdict::Accepted) {
    std::string message = t.message;
    if (t.visible && !t.details.empty()) message += "\n" + t.details;
    j["message"] = message;
  } else {
    j["message"] = nullptr;
  }
  if (t.visible && !t.stdout_text.empty()) j["output"] = output(t.stdout_text);
  return j;
}

}  // namespace

json exercism_results(const Exercise& exercise, const SubmissionResult& r) {
  json tests = json::array();
  for (std::size_t i = 0; i < r.tests.size() && i < exercise.tests.size(); ++i)
    tests.push_back(test_json(exercise.tests[i], r.tests[i]));
  const bool error = nothing_ran(r);
  json message = nullptr;
  if (error) message = r.message.empty() ? std::string(verdict_name(r.verdict)) : r.message;
  return {{"version", kVersion},
          {"status", error ? "error" : r.verdict == Verdict::Accepted ? "pass" : "fail"},
          {"message", message},
          {"tests", tests}};
}

json exercism_error(const std::string& message) {
  return {{"version", kVersion}, {"status", "error"}, {"message", message}, {"tests", json::array()}};
}

}  // namespace pyjudge
