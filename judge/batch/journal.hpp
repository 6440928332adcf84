// The journal of `pyjudge grade`: each finished submission's result, appended
// as it finishes (one JSON line, one write), so that a run stopped by a
// signal, a crash or `kill -9` loses at most the submissions in flight, and
// `grade --resume JOURNAL` grades only what is missing. Line 1 says which
// batch it is of (docs/grade.md, "The journal").
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "judge/batch/records.hpp"
#include "judge/batch/shard.hpp"

namespace pyjudge {

struct JournalHeader {
  std::string fingerprint;  // of the batch (judge/batch/fingerprint.hpp)
  std::optional<Shard> shard;
  bool weak_sandbox_allowed = false;
  std::size_t planned = 0;  // submissions this run plans (its shard's)
};

class Journal {
 public:
  // A fresh journal at `path` (replacing any file there) holding the header.
  // Throws UsageError naming the path and the reason.
  static Journal start(const std::filesystem::path& path, const JournalHeader& header);
  // The journal at `path`, to be continued: its header must match `header`
  // (same batch, shard and sandbox option), else UsageError says why. Its
  // results, by planned index, go to `results` (as planned entries with the
  // journal's result: judge/report/batch_json.hpp, as_reported).
  static Journal resume(const std::filesystem::path& path, const JournalHeader& header, const std::vector<BatchEntry>& planned,
                        std::map<std::size_t, BatchEntry>& results);
  // How many results the journal at `path` holds when it is one of this run
  // (same header), e.g. left by a run that was stopped; nullopt otherwise.
  static std::optional<std::size_t> unfinished(const std::filesystem::path& path, const JournalHeader& header);
  Journal(Journal&& other) noexcept;
  ~Journal();

  // Appends one line for the planned submission `index`. Never throws: the
  // first failure is kept (error()) and later records are skipped.
  void record(std::size_t index, const BatchEntry& entry);
  const std::string& error() const { return error_; }
  const std::filesystem::path& path() const { return path_; }
  // Deletes the file: every report has been written.
  void remove();

 private:
  Journal(std::filesystem::path path, int fd) : path_(std::move(path)), fd_(fd) {}
  std::filesystem::path path_;
  int fd_ = -1;
  std::string error_;
};

}  // namespace pyjudge
