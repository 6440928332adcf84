// Turns what the runner reported into verdicts: expected values meet
// observations here, in the judge (invariant 1). A test without a complete
// record never passes (invariant 6); judge-side failures are internal_error,
// never blamed on the candidate (invariant 7).
#pragma once

#include "exercise.hpp"
#include "submission_run.hpp"
#include "verdict.hpp"

namespace pyjudge {

SubmissionResult grade(const Exercise& exercise, const RunOutcome& outcome, const std::string& solution_name);
// Verdict of the first failing test in order, and the weighted share passed.
void summarise(SubmissionResult& result);

}  // namespace pyjudge
