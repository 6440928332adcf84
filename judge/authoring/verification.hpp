// `pyjudge verify`: proof that an exercise's tests do their job. The reference
// solution must be accepted, every known-wrong solution must get the verdict
// it declares, and the starter should fail every test. Besides that verdict,
// it measures which tests catch which wrong solution and how much room the
// CPU limits leave (docs/cli.md, "verify").
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "judge/run/runner_session.hpp"
#include "judge/errors.hpp"
#include "judge/spec/exercise.hpp"
#include "judge/grading/run_series.hpp"

namespace pyjudge {

// A calibration margin: the CPU limit should be at least 3 times the
// reference's slowest run; a run using more than 1/1.5 of the limit is close.
inline constexpr double kLimitHeadroom = 3.0;
inline constexpr double kCloseToLimit = 1.5;

struct TestColumn {
  std::string label;  // "e1", "e2" for visible examples/tests, "1", "2" for hidden tests
  std::string name;
  bool visible = false;
  std::uint32_t cpu_limit_ms = 0;
  std::uint64_t reference_max_cpu_ms = 0;  // slowest of the reference's runs
};

struct SolutionRow {
  std::string file;                 // "solution.py", "starter", "wrong/x.py"
  std::optional<Verdict> expected;  // declared by a wrong solution
  RunSeries series;
  bool ok = true;  // got what it must get
};

struct VerificationWarning {
  std::string kind;  // catches_nothing, caught_only_by_examples, starter_passes, tight_limit,
                     // fragile_time_limit, near_limit_pass, unstable, no_wrong_solutions, starter_syntax_error
  std::string message;
};

struct ExerciseVerification {
  std::string slug;
  std::filesystem::path dir;
  std::vector<Diagnostic> errors;  // the folder does not validate: nothing was run
  std::vector<TestColumn> tests;
  std::optional<SolutionRow> reference, starter;
  std::vector<SolutionRow> wrong;
  std::vector<std::string> failures;  // why verification failed (exit 1)
  std::vector<VerificationWarning> warnings;
  bool internal_error = false;  // some run got internal_error: the judge's fault (exit 3)

  bool ok() const { return errors.empty() && failures.empty() && !internal_error; }
};

// A submission whose verdict was decided before any test ran (it does not
// compile, breaks a static rule, or the runner could not take it).
bool decided_before_tests(const SubmissionResult& result);

// Validates the folder, then runs the reference `reference_runs` times, the
// starter and each wrong solution once (more when near a limit), and analyses.
ExerciseVerification verify_exercise(RunnerSession& session, const std::filesystem::path& dir, std::size_t reference_runs);

// Fills tests, failures, warnings and internal_error from the runs already in
// `v` (reference, starter, wrong). Pure: no process is started.
void analyse(ExerciseVerification& v, const Exercise& exercise);

}  // namespace pyjudge
