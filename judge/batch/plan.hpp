// From the submissions found to the ones this run grades: names resolved to
// exercises, duplicates marked, batch order, and this shard's part.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "judge/batch/shard.hpp"
#include "judge/batch/sources.hpp"

namespace pyjudge {

// The catalog slug a file or manifest names: the slug itself, or the module
// spelling with underscores ("find_duplicates" for "find-duplicates").
std::optional<std::string> match_slug(const std::string& name, const std::vector<std::string>& slugs);

// Resolves exercise names (an unknown one becomes an error entry, with close
// matches), marks a second submission of the same submitter and exercise as
// an error, sorts in batch order and keeps the submissions of `shard`.
std::vector<PlannedSubmission> plan_batch(std::vector<PlannedSubmission> found, const std::vector<std::string>& slugs,
                                          const std::optional<Shard>& shard);

}  // namespace pyjudge
