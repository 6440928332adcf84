// Writing the reports `pyjudge grade` and `pyjudge merge` were asked for, and
// checking before grading that each can be written. Every file is written
// atomically (judge/report/atomic_file.hpp); one that fails does not stop the
// others.
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

// write_file_atomically for a command whose one output is this file: a
// failure is a UsageError ("cannot write PATH: REASON", exit 2).
void write_text_file(const std::filesystem::path& path, const std::string& text);

// Throws UsageError("cannot write the WHAT PATH: REASON") when `path` is a
// folder, its folder does not exist, or nothing can be written there now
// (permissions, a read-only or full file system).
void check_report_file(const std::filesystem::path& path, const std::string& what);
// The same for a folder of reports that may not exist yet (--exercism DIR).
void check_report_folder(const std::filesystem::path& dir, const std::string& what);
// check_report_file for each report asked for.
void check_report_paths(const ReportPaths& paths);

// The JSON, JUnit and CSV reports and the feedback files; `submissions` as
// for batch_json. Returns a message ("cannot write PATH: REASON") per report
// that could not be written.
std::vector<std::string> write_batch_reports(const BatchRun& run, const std::vector<nlohmann::json>& submissions,
                                             const ReportPaths& paths);
// DIR/SUBMITTER/EXERCISE/results.json for every entry. Names are reduced to
// [A-Za-z0-9._-] (others become _) and made unique with a ~N suffix. Stops at
// the first file that cannot be written and returns its message.
std::vector<std::string> write_exercism_dir(const std::filesystem::path& dir, const BatchRun& run,
                                            const std::map<std::string, Exercise>& exercises);
// DIR/SUBMITTER.md for every submitter (report/feedback.hpp), names reduced
// and made unique as for Exercism. Stops at the first file that cannot be
// written and returns its message.
std::vector<std::string> write_feedback_dir(const std::filesystem::path& dir, const BatchRun& run);

}  // namespace pyjudge
