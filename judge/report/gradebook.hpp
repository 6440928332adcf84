// The gradebook: one row per submitter, one column per exercise, the score
// (0 to 1). "error" marks a submission that has no score (not graded, or the
// judge failed on it); an empty cell, no submission; "pending", a submission a
// stopped run did not grade (every row's notes then say the run is incomplete).
// See docs/grade.md.
#pragma once

#include <string>

#include "judge/batch/records.hpp"

namespace pyjudge {

std::string csv_gradebook(const BatchRun& run);

}  // namespace pyjudge
