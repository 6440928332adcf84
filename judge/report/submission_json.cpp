#include "judge/report/submission_json.hpp"

namespace pyjudge {

namespace {

// Hidden and visible tests have the same keys; what a hidden test could
// reveal of its inputs (details, output) is always empty.
nlohmann::json test_json(const TestResult& t) {
  const bool shown = t.visible;
  return {{"name", t.name},
          {"visible", t.visible},
          {"verdict", verdict_name(t.verdict)},
          {"cpu_ms", t.cpu_ms},
          {"wall_ms", t.wall_ms},
          {"peak_kb", t.peak_kb},
          {"message", t.message},
          {"line", t.line},
          {"weight", t.weight},
          {"rerun", t.rerun},
          {"details", shown ? t.details : ""},
          {"stdout", shown ? t.stdout_text : ""},
          {"stderr", shown ? t.stderr_text : ""}};
}

}  // namespace

nlohmann::json json_report(const SubmissionResult& r) {
  nlohmann::json tests = nlohmann::json::array();
  for (const auto& t : r.tests) tests.push_back(test_json(t));
  return {{"exercise", r.exercise},
          {"solution", r.solution},
          {"verdict", verdict_name(r.verdict)},
          {"score", r.score},
          {"passed", passed_tests(r)},
          {"total", r.tests.size()},
          {"message", r.message},
          {"details", r.details},
          {"sandbox_layers", r.sandbox_layers},
          {"missing_layers", r.missing_layers},
          {"python", r.python_version},
          {"retried", r.retried},
          {"tests", tests}};
}

}  // namespace pyjudge
