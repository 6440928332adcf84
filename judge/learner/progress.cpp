#include "judge/learner/progress.hpp"

#include <fcntl.h>
#include <pwd.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "judge/report/atomic_file.hpp"

namespace pyjudge {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr int kFormatVersion = 1;

std::string system_error(const std::string& what, const fs::path& path) {
  return what + " " + path.string() + ": " + std::strerror(errno);
}

json to_json(const Progress& progress) {
  json exercises = json::object();
  for (const auto& [slug, e] : progress)
    exercises[slug] = {{"best_score", e.best_score},     {"best_verdict", e.best_verdict}, {"attempts", e.attempts},
                       {"last_attempt", e.last_attempt}, {"last_verdict", e.last_verdict}, {"hints_revealed", e.hints_revealed}};
  return {{"version", kFormatVersion}, {"exercises", exercises}};
}

Progress from_json(const json& doc) {
  Progress out;
  if (!doc.is_object() || !doc.contains("exercises") || !doc["exercises"].is_object())
    throw ProgressError("not a pyjudge progress file (no \"exercises\" object)");
  for (const auto& [slug, e] : doc["exercises"].items()) {
    if (!e.is_object()) continue;
    ExerciseProgress p;
    p.best_score = e.value("best_score", 0.0);
    p.best_verdict = e.value("best_verdict", "");
    p.attempts = e.value("attempts", 0u);
    p.last_attempt = e.value("last_attempt", "");
    p.last_verdict = e.value("last_verdict", "");
    p.hints_revealed = e.value("hints_revealed", 0u);
    out[slug] = p;
  }
  return out;
}

Progress read_file(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    if (!fs::exists(file)) return {};
    throw ProgressError(system_error("cannot read", file));
  }
  std::stringstream text;
  text << in.rdbuf();
  if (text.str().empty()) return {};
  try {
    return from_json(json::parse(text.str()));
  } catch (const json::exception& e) {
    throw ProgressError(file.string() + " is damaged (" + e.what() + "); move it away to start afresh");
  } catch (const ProgressError& e) {
    throw ProgressError(file.string() + ": " + e.what());
  }
}

// Holds an exclusive flock on `<file>.lock` for its lifetime.
class FileLock {
 public:
  explicit FileLock(const fs::path& file) {
    const auto lock_path = file.string() + ".lock";
    fd_ = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd_ < 0) throw ProgressError(system_error("cannot create", lock_path));
    while (::flock(fd_, LOCK_EX) != 0)
      if (errno != EINTR) throw ProgressError(system_error("cannot lock", lock_path));
  }
  ~FileLock() { ::close(fd_); }
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;

 private:
  int fd_ = -1;
};

void write_atomically(const fs::path& file, const std::string& text) {
  try {
    write_file_atomically(file, text);
  } catch (const FileWriteError& e) {
    throw ProgressError(e.what());
  }
}

bool is_better(const SubmissionResult& result, const ExerciseProgress& entry) {
  if (entry.best_verdict.empty()) return true;
  if (result.score != entry.best_score) return result.score > entry.best_score;
  return result.verdict == Verdict::Accepted && entry.best_verdict != "accepted";
}

}  // namespace

fs::path default_progress_path() {
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg == '/') return fs::path(xdg) / "pyjudge" / "progress.json";
  const char* home = std::getenv("HOME");
  if (!home || !*home) {
    const passwd* pw = ::getpwuid(::getuid());
    home = pw ? pw->pw_dir : "/";
  }
  return fs::path(home) / ".local" / "share" / "pyjudge" / "progress.json";
}

Progress ProgressStore::load() const { return read_file(file_); }

ExerciseProgress ProgressStore::update(const std::string& slug, const std::function<void(ExerciseProgress&)>& change) {
  std::error_code ec;
  fs::create_directories(file_.parent_path(), ec);
  if (ec) throw ProgressError("cannot create " + file_.parent_path().string() + ": " + ec.message());
  FileLock lock(file_);
  Progress progress = read_file(file_);
  change(progress[slug]);
  write_atomically(file_, to_json(progress).dump(2) + "\n");
  return progress[slug];
}

void record_attempt(ExerciseProgress& entry, const SubmissionResult& result) {
  if (is_better(result, entry)) {
    entry.best_score = result.score;
    entry.best_verdict = verdict_name(result.verdict);
  }
  entry.attempts += 1;
  entry.last_attempt = utc_timestamp();
  entry.last_verdict = verdict_name(result.verdict);
}

std::string utc_timestamp() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  ::gmtime_r(&now, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

}  // namespace pyjudge
