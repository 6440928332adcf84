// A learner's check, as `pyjudge check` and `pyjudge watch` do it: run the
// solution, print the report, record the result in the progress file and,
// when it is not accepted, point at the next hint. Recording never fails the
// check: a progress file that cannot be written gives a warning.
#pragma once

#include <filesystem>
#include <ostream>
#include <string>

#include "judge/report/terminal_style.hpp"
#include "judge/run/runner_session.hpp"
#include "judge/spec/exercise.hpp"
#include "judge/learner/progress.hpp"

namespace pyjudge {

struct LearnerCheckOptions {
  std::string exercise_ref;  // as the learner named the exercise, for the hint command line
  std::string format = "text";  // text | json | exercism
  bool record = true;
  ColorChoice color = ColorChoice::Auto;  // of the text report
};

// Throws UsageError when the solution file cannot be read.
// Reads the solution as CPython would (judge/source/) and runs it. A file
// larger than any exercise allows is judged on its size, unread. Throws
// UsageError when the file cannot be read.
SubmissionResult run_solution_file(RunnerSession& session, const Exercise& exercise, const std::filesystem::path& solution);
SubmissionResult learner_check(RunnerSession& session, const Exercise& exercise, const std::filesystem::path& solution,
                               const LearnerCheckOptions& options, ProgressStore& store, std::ostream& out, std::ostream& err);

// 0 accepted, 3 internal_error, 1 anything else.
int check_exit_code(const SubmissionResult& result);

// How a learner's run is done (`check`, `exercism`): the environment's
// options, tests side by side (one per core, up to 4), and a refusal to run
// in an incomplete sandbox when asked.
JobOptions learner_job_options(bool require_sandbox);

// "Hint 2 of 3 available: run `pyjudge hint lru-cache`", or "" when there is none left.
std::string hint_notice(const Exercise& exercise, const std::string& exercise_ref, unsigned revealed);

}  // namespace pyjudge
