#include "judge/batch/plan.hpp"

#include <algorithm>

#include "judge/errors.hpp"
#include "judge/text/close_matches.hpp"

namespace pyjudge {
namespace {

void resolve_exercise_name(BatchEntry& entry, const std::vector<std::string>& slugs) {
  if (const auto slug = match_slug(entry.exercise, slugs)) {
    entry.exercise = *slug;
    return;
  }
  if (!entry.error.empty()) return;
  entry.error = "no exercise named '" + entry.exercise + "'";
  const auto near = close_matches(entry.exercise, slugs);
  for (std::size_t i = 0; i < near.size(); ++i) entry.error += (i ? ", " : "; did you mean: ") + near[i];
  if (!near.empty()) entry.error += "?";
}

// Sorted input: the first graded submission of a pair is kept.
void mark_duplicates(std::vector<PlannedSubmission>& sorted) {
  const BatchEntry* first = nullptr;
  for (auto& p : sorted) {
    BatchEntry& e = p.entry;
    if (!e.error.empty()) continue;
    if (first && first->submitter == e.submitter && first->exercise == e.exercise)
      e.error = "a second submission of " + e.exercise + " by " + e.submitter + " (graded: " + first->path + ")";
    else first = &e;
  }
}

}  // namespace

std::optional<std::string> match_slug(const std::string& name, const std::vector<std::string>& slugs) {
  std::string hyphenated = name;
  std::replace(hyphenated.begin(), hyphenated.end(), '_', '-');
  for (const auto& candidate : {name, hyphenated})
    if (std::binary_search(slugs.begin(), slugs.end(), candidate)) return candidate;
  return std::nullopt;
}

std::vector<PlannedSubmission> plan_batch(std::vector<PlannedSubmission> found, const std::vector<std::string>& slugs,
                                          const std::optional<Shard>& shard) {
  for (auto& p : found) resolve_exercise_name(p.entry, slugs);
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return batch_order(a.entry, b.entry); });
  mark_duplicates(found);
  std::erase_if(found, [&](const PlannedSubmission& p) { return !in_shard(p.entry.submitter, p.entry.exercise, shard); });
  return found;
}

}  // namespace pyjudge
