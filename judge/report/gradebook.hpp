// The gradebook: one row per submitter, one column per exercise with the
// score (0 to 1), and a total of score × points. "error" marks a submission
// that has no score (not graded, or the judge failed on it); an empty cell,
// no submission; "pending", a submission a stopped run did not grade (every
// row's notes then say the run is incomplete). A submission naming no
// exercise is no column: it is listed in the errors column with the other
// ungraded ones. See docs/grade.md.
#pragma once

#include <string>

#include "judge/batch/records.hpp"

namespace pyjudge {

// `bom`: start with a UTF-8 byte order mark, which Excel needs to read
// non-ASCII names right.
std::string csv_gradebook(const BatchRun& run, bool bom = false);

}  // namespace pyjudge
