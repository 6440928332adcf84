// The learner's progress, kept locally in one small JSON file:
// $XDG_DATA_HOME/pyjudge/progress.json (default ~/.local/share/pyjudge/progress.json).
// Written atomically (temporary file + rename) under an advisory lock, so that
// concurrent `check`s neither corrupt it nor lose each other's updates.
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <stdexcept>
#include <string>

#include "judge/grading/verdict.hpp"

namespace pyjudge {

struct ExerciseProgress {
  double best_score = 0.0;
  std::string best_verdict;  // empty: never checked
  unsigned attempts = 0;
  std::string last_attempt;  // UTC, ISO 8601 ("2025-03-01T09:30:00Z")
  std::string last_verdict;
  unsigned hints_revealed = 0;
};

using Progress = std::map<std::string, ExerciseProgress>;  // by exercise slug

class ProgressError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The file the progress lives in: $XDG_DATA_HOME/pyjudge/progress.json when
// XDG_DATA_HOME is an absolute path, else $HOME/.local/share/pyjudge/progress.json.
std::filesystem::path default_progress_path();

class ProgressStore {
 public:
  explicit ProgressStore(std::filesystem::path file = default_progress_path()) : file_(std::move(file)) {}
  const std::filesystem::path& file() const { return file_; }

  // Everything recorded; empty when the file does not exist yet. Throws
  // ProgressError when it exists but cannot be read or parsed.
  Progress load() const;
  // Locks, re-reads, applies `change` to the exercise's entry and writes the
  // file atomically. Throws ProgressError (the file is left as it was).
  ExerciseProgress update(const std::string& slug, const std::function<void(ExerciseProgress&)>& change);

 private:
  std::filesystem::path file_;
};

// Counts one attempt with this result: attempts + 1, last attempt now, best
// kept (a higher score wins; at an equal score, accepted wins).
void record_attempt(ExerciseProgress& entry, const SubmissionResult& result);
// The current time as "YYYY-MM-DDTHH:MM:SSZ".
std::string utc_timestamp();

}  // namespace pyjudge
