// Turns what the runner reported into verdicts: expected values meet
// observations here, in the judge (invariant 1). A test without a complete
// record never passes (invariant 6); judge-side failures are internal_error,
// never blamed on the candidate (invariant 7). Invariants: docs/architecture.md.
#pragma once

#include "judge/spec/exercise.hpp"
#include "judge/run/job_exchange.hpp"
#include "judge/grading/verdict.hpp"

namespace pyjudge {

// `solution_name` is the candidate's file as reports name it (the path the
// learner gave, or the submission's path in a batch); `source` its text, for
// a syntax error's caret line.
SubmissionResult assign_verdicts(const Exercise& exercise, const RunOutcome& outcome, const std::string& solution_name,
                                 const std::string& source = "");
// What each test of a submission that does not compile says.
inline constexpr const char* kNotCompiled = "not run: does not compile";
// Verdict of the first failing test in order, and the weighted share passed.
void summarise(SubmissionResult& result);

}  // namespace pyjudge
