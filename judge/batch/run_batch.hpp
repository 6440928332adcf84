// Grading a planned batch on a runner pool: the exercises it needs, the
// sources read, and one BatchEntry per planned submission.
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "judge/batch/records.hpp"
#include "judge/spec/exercise.hpp"
#include "judge/run/runner_pool.hpp"
#include "judge/batch/sources.hpp"

namespace pyjudge {

// A source larger than this is not sent to a runner: it is reported instead.
inline constexpr std::uintmax_t kMaxSubmissionBytes = 4u << 20;

// Every exercise of the catalog the submissions name (error entries too: a
// gradebook shows their points), by slug. Throws SpecError when one of them
// does not load.
std::map<std::string, Exercise> load_exercises(const std::vector<PlannedSubmission>& planned,
                                               const std::filesystem::path& catalog);
// Entries in the order planned, each with its exercise's points when it names
// one; an unreadable file becomes an error entry.
// `done` is called once per submission, graded or not.
std::vector<BatchEntry> grade_planned(const std::vector<PlannedSubmission>& planned,
                                      const std::map<std::string, Exercise>& exercises, RunnerPool& pool,
                                      const std::function<void()>& done);

}  // namespace pyjudge
