// Grading a batch on a runner pool: the whole batch planned and
// fingerprinted, this shard's files read and the exercises they name loaded,
// then one BatchEntry per planned submission, or the ones a stop signal left
// pending.
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "judge/batch/records.hpp"
#include "judge/batch/shard.hpp"
#include "judge/batch/sources.hpp"
#include "judge/run/runner_pool.hpp"
#include "judge/spec/exercise.hpp"

namespace pyjudge {

// A source larger than this is not sent to a runner: it is reported instead.
inline constexpr std::uintmax_t kMaxSubmissionBytes = 4u << 20;

struct PreparedBatch {
  std::vector<PlannedSubmission> planned;     // this shard's, in batch order; sources read
  std::map<std::string, Exercise> exercises;  // every exercise the gradable ones name, by slug
  std::string fingerprint;                    // of the whole batch (judge/batch/fingerprint.hpp)
};

// Plans the whole batch (every file is read for the fingerprint) and keeps
// `shard`'s part. An unreadable file, a wrong extension or one larger than
// kMaxSubmissionBytes becomes an error entry. Throws SpecError when an
// exercise does not load, UsageError when the catalog is missing.
PreparedBatch prepare_batch(std::vector<PlannedSubmission> found, const std::filesystem::path& catalog,
                            const std::optional<Shard>& shard);

struct GradedBatch {
  std::vector<BatchEntry> entries;  // done (graded, errors, or read back from a journal), in batch order
  std::vector<BatchEntry> pending;  // planned but never finished: a stop signal came first
};

// Grades the planned submissions that `done` (planned index -> entry) does
// not hold. `finished` is called once per submission graded now, one call at
// a time, with its planned index; `progressed` once per planned submission
// done, whichever way.
GradedBatch grade_batch(const PreparedBatch& batch, std::map<std::size_t, BatchEntry> done, RunnerPool& pool,
                        const std::function<void(std::size_t, const BatchEntry&)>& finished,
                        const std::function<void()>& progressed);

}  // namespace pyjudge
