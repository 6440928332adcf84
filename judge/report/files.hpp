// Writing the reports `pyjudge grade` and `pyjudge merge` were asked for.
#pragma once

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "judge/batch/records.hpp"
#include "judge/spec/exercise.hpp"

namespace pyjudge {

struct ReportPaths {
  std::string json, junit, csv;  // empty: not wanted
  std::string feedback;          // a folder for one Markdown file per submitter; empty: not wanted
  bool csv_bom = false;          // start the CSV with a UTF-8 byte order mark
  bool any() const { return !json.empty() || !junit.empty() || !csv.empty() || !feedback.empty(); }
};

// Throws UsageError when the file cannot be written.
void write_text_file(const std::filesystem::path& path, const std::string& text);
// The JSON, JUnit and CSV reports and the feedback files; `submissions` as for batch_json.
void write_batch_reports(const BatchRun& run, const std::vector<nlohmann::json>& submissions, const ReportPaths& paths);
// DIR/SUBMITTER/EXERCISE/results.json for every entry. Names are reduced to
// [A-Za-z0-9._-] (others become _) and made unique with a ~N suffix.
void write_exercism_dir(const std::filesystem::path& dir, const BatchRun& run,
                        const std::map<std::string, Exercise>& exercises);
// DIR/SUBMITTER.md for every submitter (report/feedback.hpp), names reduced
// and made unique as for Exercism.
void write_feedback_dir(const std::filesystem::path& dir, const BatchRun& run);

}  // namespace pyjudge
