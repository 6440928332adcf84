// The JSON report of `pyjudge grade` (schema in docs/grade.md), and reading
// it back for `pyjudge merge`.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "judge/batch/records.hpp"

namespace pyjudge {

inline constexpr const char* kGradeReportFormat = "pyjudge-grade";
// Version 2 added fingerprint, complete and progress, and each submission's points.
inline constexpr int kGradeReportVersion = 2;

// One submission: `pyjudge check`'s JSON report plus submitter, path, error,
// points and duration_ms; `verdict` is null when it was not graded, `points`
// when it names no exercise.
nlohmann::json submission_json(const BatchEntry& entry);
// The whole report; `submissions` are the entries' objects in batch order.
nlohmann::json batch_json(const BatchRun& run, const std::vector<nlohmann::json>& submissions);

// One submission's object read back. Throws json exceptions or std::invalid_argument when malformed.
BatchEntry entry_from_submission_json(const nlohmann::json& submission);
// submission_json as a journal line holds it: dumped (bytes that are not
// UTF-8 replaced) and parsed again.
nlohmann::json reparsed_submission_json(const BatchEntry& entry);
// The entry reports show for a planned one whose result is `submission`: the
// plan's names (whatever bytes they hold), the result as read back. A run and
// its resumption build their entries this way, so their reports are the same.
BatchEntry as_reported(const BatchEntry& planned, const nlohmann::json& submission);

struct ParsedReport {
  BatchRun run;                              // entries in the file's order
  std::vector<nlohmann::json> submissions;  // the objects as read, one per entry
  bool complete = true;                     // every planned submission is in it
  std::size_t planned = 0;                  // submissions planned for the run (its shard)
};
// Throws UsageError naming `source` when it is not a grade report.
ParsedReport parse_batch_json(const nlohmann::json& report, const std::string& source);

}  // namespace pyjudge
