#include "judge/report/files.hpp"

#include <sys/stat.h>

#include <cctype>
#include <cerrno>
#include <cstring>
#include <functional>
#include <set>

#include "judge/errors.hpp"
#include "judge/report/atomic_file.hpp"
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

// "" or why the folder could not be created.
std::string create_folder(const fs::path& dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  return ec ? "cannot create " + dir.string() + ": " + ec.message() : "";
}

// "" or why the file could not be written.
std::string write_report_file(const fs::path& path, const std::string& text) {
  try {
    write_file_atomically(path, text);
    return "";
  } catch (const FileWriteError& e) {
    return e.what();
  }
}

json exercism_entry(const BatchEntry& e, const std::map<std::string, Exercise>& exercises, const std::string& sandbox) {
  const auto ex = exercises.find(e.exercise);
  json j = e.graded() && ex != exercises.end() ? exercism_results(ex->second, e.result) : exercism_error(e.error);
  if (!sandbox.empty()) j["sandbox"] = sandbox;
  return j;
}

}  // namespace

void check_report_file(const fs::path& path, const std::string& what) {
  const auto fail = [&](const std::string& why) { throw UsageError("cannot write the " + what + " " + path.string() + ": " + why); };
  std::error_code ec;
  if (fs::is_directory(path, ec)) fail(std::strerror(EISDIR));
  const fs::path folder = path.has_parent_path() ? path.parent_path() : fs::path(".");
  struct stat st {};
  if (::stat(folder.c_str(), &st) != 0) fail(folder.string() + ": " + std::strerror(errno));
  if (!S_ISDIR(st.st_mode)) fail(folder.string() + ": " + std::strerror(ENOTDIR));
  if (const int error = probe_folder_writable(folder)) fail(std::strerror(error));
}

void check_report_folder(const fs::path& dir, const std::string& what) {
  fs::path existing = dir;  // the folder, or the nearest one above it that exists: where it would be created
  std::error_code ec;
  while (!fs::exists(existing, ec) && existing.has_parent_path() && existing.parent_path() != existing) existing = existing.parent_path();
  if (!fs::exists(existing, ec)) existing = ".";
  if (!fs::is_directory(existing, ec))
    throw UsageError("cannot write the " + what + " " + dir.string() + ": " + existing.string() + ": " + std::strerror(ENOTDIR));
  if (const int error = probe_folder_writable(existing))
    throw UsageError("cannot write the " + what + " " + dir.string() + ": " + std::strerror(error));
}

void write_text_file(const fs::path& path, const std::string& text) {
  if (std::string failure = write_report_file(path, text); !failure.empty()) throw UsageError(failure);
}

void check_report_paths(const ReportPaths& paths) {
  if (!paths.json.empty()) check_report_file(paths.json, "JSON report");
  if (!paths.junit.empty()) check_report_file(paths.junit, "JUnit report");
  if (!paths.csv.empty()) check_report_file(paths.csv, "CSV gradebook");
  if (!paths.feedback.empty()) check_report_folder(paths.feedback, "feedback folder");
}

std::vector<std::string> write_batch_reports(const BatchRun& run, const std::vector<json>& submissions, const ReportPaths& paths) {
  std::vector<std::string> failures;
  const auto write = [&](const std::string& path, const std::function<std::string()>& text) {
    if (path.empty()) return;
    if (std::string failure = write_report_file(path, text()); !failure.empty()) failures.push_back(std::move(failure));
  };
  write(paths.json, [&] { return dump(batch_json(run, submissions)); });
  write(paths.junit, [&] { return junit_report(run); });
  write(paths.csv, [&] { return csv_gradebook(run, paths.csv_bom); });
  if (!paths.feedback.empty())
    for (auto& failure : write_feedback_dir(paths.feedback, run)) failures.push_back(std::move(failure));
  return failures;
}

std::vector<std::string> write_exercism_dir(const fs::path& dir, const BatchRun& run, const std::map<std::string, Exercise>& exercises) {
  const auto folders = exercism_folders(run);
  const std::string sandbox = sandbox_note(run);
  for (std::size_t i = 0; i < run.entries.size(); ++i) {
    if (std::string failure = create_folder(dir / folders[i]); !failure.empty()) return {failure};
    const std::string failure = write_report_file(dir / folders[i] / "results.json", dump(exercism_entry(run.entries[i], exercises, sandbox)));
    if (!failure.empty()) return {failure};
  }
  return {};
}

std::vector<std::string> write_feedback_dir(const fs::path& dir, const BatchRun& run) {
  std::map<std::string, double> columns;  // as the gradebook's
  std::map<std::string, std::vector<const BatchEntry*>> by_submitter;
  for (const auto& e : run.entries) {
    if (e.points) columns[e.exercise] = *e.points;
    by_submitter[e.submitter].push_back(&e);
  }
  if (std::string failure = create_folder(dir); !failure.empty()) return {failure};
  std::set<fs::path> used;
  for (const auto& [submitter, entries] : by_submitter) {
    const auto file = dir / unused(safe_name(submitter), used, ".md");
    if (std::string failure = write_report_file(file, feedback_markdown(submitter, entries, columns)); !failure.empty()) return {failure};
  }
  return {};
}

}  // namespace pyjudge
