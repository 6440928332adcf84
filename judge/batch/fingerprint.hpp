// The batch fingerprint: what a batch is, whatever its shard. It covers every
// planned submission (submitter, exercise, path, and the SHA-256 of its file
// or why it was not graded) and every exercise they name (the SHA-256 of its
// files, the reference and known-wrong solutions aside). `merge` refuses
// shards of different batches and `grade --resume` a journal of another batch.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "judge/batch/sources.hpp"

namespace pyjudge {

// Every file of the exercise folder that grading reads (not solution.* or wrong/).
std::string exercise_hash(const std::filesystem::path& dir);
// `whole` is the whole batch's plan in batch order, sources hashed.
std::string batch_fingerprint(const std::vector<PlannedSubmission>& whole, const std::filesystem::path& catalog);

}  // namespace pyjudge
