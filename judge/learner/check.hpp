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
SubmissionResult learner_check(RunnerSession& session, const Exercise& exercise, const std::filesystem::path& solution,
                               const LearnerCheckOptions& options, ProgressStore& store, std::ostream& out, std::ostream& err);

// 0 accepted, 3 internal_error, 1 anything else.
int check_exit_code(const SubmissionResult& result);

// "Hint 2 of 3 available: run `pyjudge hint lru-cache`", or "" when there is none left.
std::string hint_notice(const Exercise& exercise, const std::string& exercise_ref, unsigned revealed);

}  // namespace pyjudge
