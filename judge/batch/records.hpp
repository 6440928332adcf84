// A graded batch: the records `pyjudge grade` produces and `pyjudge merge`
// reads back; every reporter (JSON, JUnit, CSV) writes from these.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "judge/batch/shard.hpp"
#include "judge/grading/verdict.hpp"

namespace pyjudge {

struct BatchEntry {
  std::string submitter;
  std::string exercise;  // the exercise's slug, or the name given when it is no exercise
  std::string path;      // relative to the submissions folder, or as the manifest wrote it
  std::string error;     // why it was not graded (unknown exercise, unreadable file); empty when graded
  SubmissionResult result;  // meaningful only when graded
  std::uint64_t duration_ms = 0;
  // What the exercise is worth (exercise.yaml's points); none when the name
  // is no exercise: such an entry is an error, never a gradebook column.
  std::optional<double> points;

  bool graded() const { return error.empty(); }
  // Graded, and the verdict is the candidate's (not the judge's failure).
  bool scored() const { return graded() && result.verdict != Verdict::InternalError; }
};

struct BatchRun {
  std::vector<BatchEntry> entries;  // done, in batch_order
  std::vector<BatchEntry> pending;  // planned but not graded: a stop signal ended the run (reports say it is incomplete)
  std::string fingerprint;          // of the whole batch, every shard's (judge/batch/fingerprint.hpp)
  std::optional<Shard> shard;
  bool weak_sandbox_allowed = false;
  std::vector<std::string> missing_layers;  // names of layers missing from any run, sorted
  std::string python_version;
  std::uint64_t duration_ms = 0;

  bool complete() const { return pending.empty(); }
  std::size_t planned() const { return entries.size() + pending.size(); }
};

// Submitter, then exercise, then path: reports list submissions in this order.
bool batch_order(const BatchEntry& a, const BatchEntry& b);
bool any_internal_error(const BatchRun& run);
// "weak sandbox: missing landlock, seccomp" when layers were missing, else "".
std::string sandbox_note(const BatchRun& run);
// "incomplete: 120 of 300 submissions graded (the run was stopped)" when some are pending, else "".
std::string incomplete_note(const BatchRun& run);
// Zeroes every measurement (times, peak memory) so that reports compare byte for byte.
void clear_measurements(BatchRun& run);
// A score as reports print it: at most 4 decimals, no trailing zeros ("1", "0.75").
std::string format_score(double score);

}  // namespace pyjudge
