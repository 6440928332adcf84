// A student's feedback file (`pyjudge grade --feedback DIR`): Markdown with,
// for each of their submissions, the verdict, the score and points, every
// test with its verdict (hidden tests: name, verdict and message only), and
// the diffs and tracebacks of the visible tests they failed.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "judge/batch/records.hpp"

namespace pyjudge {

// `entries` are one submitter's, in batch order; `columns` every exercise of
// the batch with its points, as the gradebook has them (what the total is out
// of, and what the submitter did not send).
std::string feedback_markdown(const std::string& submitter, const std::vector<const BatchEntry*>& entries,
                              const std::map<std::string, double>& columns);

}  // namespace pyjudge
