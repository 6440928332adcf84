// The JSON report of `pyjudge grade` (schema in docs/grade.md), and reading
// it back for `pyjudge merge`.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "judge/batch/records.hpp"

namespace pyjudge {

inline constexpr const char* kGradeReportFormat = "pyjudge-grade";
inline constexpr int kGradeReportVersion = 2;  // 2: each submission has its exercise's points

// One submission: `pyjudge check`'s JSON report plus submitter, path, error,
// points and duration_ms; `verdict` is null when it was not graded, `points`
// when it names no exercise.
nlohmann::json submission_json(const BatchEntry& entry);
// The whole report; `submissions` are the entries' objects in batch order.
nlohmann::json batch_json(const BatchRun& run, const std::vector<nlohmann::json>& submissions);

struct ParsedReport {
  BatchRun run;                              // entries in the file's order
  std::vector<nlohmann::json> submissions;  // the objects as read, one per entry
};
// Throws UsageError naming `source` when it is not a grade report.
ParsedReport parse_batch_json(const nlohmann::json& report, const std::string& source);

}  // namespace pyjudge
