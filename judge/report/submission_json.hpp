// One submission's report for machines: `check --format json` and each entry
// of the batch JSON report (schema in docs/json-report.md).
#pragma once

#include <nlohmann/json.hpp>

#include "judge/grading/verdict.hpp"

namespace pyjudge {

nlohmann::json json_report(const SubmissionResult& result);

}  // namespace pyjudge
