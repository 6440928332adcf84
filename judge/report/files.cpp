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
  try {
    write_file_atomically(path, text);
  } catch (const FileWriteError& e) {
    throw UsageError(e.what());
  }
}

void check_report_paths(const ReportPaths& paths) {
  if (!paths.json.empty()) check_report_file(paths.json, "JSON report");
  if (!paths.junit.empty()) check_report_file(paths.junit, "JUnit report");
  if (!paths.csv.empty()) check_report_file(paths.csv, "CSV gradebook");
}

std::vector<std::string> write_batch_reports(const BatchRun& run, const std::vector<json>& submissions, const ReportPaths& paths) {
  std::vector<std::string> failures;
  const auto write = [&](const std::string& path, const std::function<std::string()>& text) {
    if (path.empty()) return;
    try {
      write_file_atomically(path, text());
    } catch (const FileWriteError& e) {
      failures.push_back(e.what());
    }
  };
  write(paths.json, [&] { return dump(batch_json(run, submissions)); });
  write(paths.junit, [&] { return junit_report(run); });
  write(paths.csv, [&] { return csv_gradebook(run); });
  return failures;
}

std::vector<std::string> write_exercism_dir(const fs::path& dir, const BatchRun& run, const std::map<std::string, Exercise>& exercises) {
  const auto folders = exercism_folders(run);
  const std::string sandbox = sandbox_note(run);
  for (std::size_t i = 0; i < run.entries.size(); ++i) {
    std::error_code ec;
    fs::create_directories(dir / folders[i], ec);
    if (ec) return {"cannot create " + (dir / folders[i]).string() + ": " + ec.message()};
    try {
      write_file_atomically(dir / folders[i] / "results.json", dump(exercism_entry(run.entries[i], exercises, sandbox)));
    } catch (const FileWriteError& e) {
      return {e.what()};
    }
  }
  return {};
}

}  // namespace pyjudge
