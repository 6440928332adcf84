#include "judge/report/submission_json.hpp"

namespace pyjudge {

nlohmann::json json_report(const SubmissionResult& r) {
  nlohmann::json tests = nlohmann::json::array();
  for (const auto& t : r.tests) {
    nlohmann::json test = {{"name", t.name},       {"visible", t.visible},  {"verdict", verdict_name(t.verdict)},
                           {"cpu_ms", t.cpu_ms},   {"wall_ms", t.wall_ms},  {"peak_kb", t.peak_kb},
                           {"message", t.message}, {"weight", t.weight},    {"rerun", t.rerun}};
    if (t.visible) {  // a hidden test's output could reveal its inputs
      if (!t.details.empty()) test["details"] = t.details;
      test["stdout"] = t.stdout_text;
      test["stderr"] = t.stderr_text;
    }
    tests.push_back(std::move(test));
  }
  return {{"exercise", r.exercise},
          {"solution", r.solution},
          {"verdict", verdict_name(r.verdict)},
          {"score", r.score},
          {"message", r.message},
          {"sandbox_layers", r.sandbox_layers},
          {"missing_layers", r.missing_layers},
          {"python", r.python_version},
          {"retried", r.retried},
          {"tests", tests}};
}

}  // namespace pyjudge
