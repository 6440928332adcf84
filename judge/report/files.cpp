#include "judge/report/files.hpp"

#include <cctype>
#include <fstream>
#include <set>

#include "judge/errors.hpp"
#include "judge/report/batch_json.hpp"
#include "judge/report/gradebook.hpp"
#include "judge/report/exercism.hpp"
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

// A folder name for each entry; two entries never share one.
std::vector<fs::path> exercism_folders(const BatchRun& run) {
  std::set<fs::path> used;
  std::vector<fs::path> folders;
  for (const auto& e : run.entries) {
    const fs::path base = fs::path(safe_name(e.submitter)) / safe_name(e.exercise);
    fs::path folder = base;
    for (int n = 2; used.count(folder); ++n) folder = base.string() + "~" + std::to_string(n);
    used.insert(folder);
    folders.push_back(folder);
  }
  return folders;
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
  if (!paths.csv.empty()) write_text_file(paths.csv, csv_gradebook(run));
}

void write_exercism_dir(const fs::path& dir, const BatchRun& run, const std::map<std::string, Exercise>& exercises) {
  const auto folders = exercism_folders(run);
  const std::string sandbox = sandbox_note(run);
  for (std::size_t i = 0; i < run.entries.size(); ++i) {
    std::error_code ec;
    fs::create_directories(dir / folders[i], ec);
    if (ec) throw UsageError("cannot create " + (dir / folders[i]).string() + ": " + ec.message());
    write_text_file(dir / folders[i] / "results.json", dump(exercism_entry(run.entries[i], exercises, sandbox)));
  }
}

}  // namespace pyjudge
