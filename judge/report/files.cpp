#include "judge/report/files.hpp"

#include <cctype>
#include <fstream>
#include <set>

#include "judge/errors.hpp"
#include "judge/report/batch_json.hpp"
#include "judge/report/gradebook.hpp"
#include "judge/report/exercism.hpp"
#include "judge/report/feedback.hpp"
#include "judge/report/junit.hpp"

namespace pyjudge {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

std::string dump(const json& j) { return j.dump(2, ' ', false, json::error_handler_t::replace) + "\n"; }

std::string safe_name(const std::string& name) {
  std::string out;
  for (const char c : name) out += std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-' ? c : '_';
  return out.empty() || out == "." || out == ".." ? "_" : out;
}

// `base`, or base~2, base~3, ... when it is taken; then it is taken.
fs::path unused(const fs::path& base, std::set<fs::path>& used, const std::string& extension = "") {
  fs::path name = base.string() + extension;
  for (int n = 2; used.count(name); ++n) name = base.string() + "~" + std::to_string(n) + extension;
  used.insert(name);
  return name;
}

// A folder name for each entry; two entries never share one.
std::vector<fs::path> exercism_folders(const BatchRun& run) {
  std::set<fs::path> used;
  std::vector<fs::path> folders;
  for (const auto& e : run.entries) folders.push_back(unused(fs::path(safe_name(e.submitter)) / safe_name(e.exercise), used));
  return folders;
}

void create_folder(const fs::path& dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) throw UsageError("cannot create " + dir.string() + ": " + ec.message());
}

json exercism_entry(const BatchEntry& e, const std::map<std::string, Exercise>& exercises, const std::string& sandbox) {
  const auto ex = exercises.find(e.exercise);
  json j = e.graded() && ex != exercises.end() ? exercism_results(ex->second, e.result) : exercism_error(e.error);
  if (!sandbox.empty()) j["sandbox"] = sandbox;
  return j;
}

}  // namespace

void write_text_file(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  if (!out) throw UsageError("cannot write " + path.string());
}

void write_batch_reports(const BatchRun& run, const std::vector<json>& submissions, const ReportPaths& paths) {
  if (!paths.json.empty()) write_text_file(paths.json, dump(batch_json(run, submissions)));
  if (!paths.junit.empty()) write_text_file(paths.junit, junit_report(run));
  if (!paths.csv.empty()) write_text_file(paths.csv, csv_gradebook(run, paths.csv_bom));
  if (!paths.feedback.empty()) write_feedback_dir(paths.feedback, run);
}

void write_exercism_dir(const fs::path& dir, const BatchRun& run, const std::map<std::string, Exercise>& exercises) {
  const auto folders = exercism_folders(run);
  const std::string sandbox = sandbox_note(run);
  for (std::size_t i = 0; i < run.entries.size(); ++i) {
    create_folder(dir / folders[i]);
    write_text_file(dir / folders[i] / "results.json", dump(exercism_entry(run.entries[i], exercises, sandbox)));
  }
}

void write_feedback_dir(const fs::path& dir, const BatchRun& run) {
  std::map<std::string, double> columns;  // as the gradebook's
  std::map<std::string, std::vector<const BatchEntry*>> by_submitter;
  for (const auto& e : run.entries) {
    if (e.points) columns[e.exercise] = *e.points;
    by_submitter[e.submitter].push_back(&e);
  }
  create_folder(dir);
  std::set<fs::path> used;
  for (const auto& [submitter, entries] : by_submitter)
    write_text_file(dir / unused(safe_name(submitter), used, ".md"), feedback_markdown(submitter, entries, columns));
}

}  // namespace pyjudge
