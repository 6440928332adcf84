#include "judge/learner/check.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <thread>

#include "judge/report/submission_json.hpp"
#include "judge/report/terminal.hpp"
#include "judge/report/exercism.hpp"
#include "judge/errors.hpp"
#include "judge/source/source_file.hpp"
#include "judge/source/submission_source.hpp"

namespace pyjudge {

int check_exit_code(const SubmissionResult& result) {
  if (result.verdict == Verdict::Accepted) return 0;
  if (result.verdict == Verdict::InternalError) return 3;
  return 1;
}

JobOptions learner_job_options(bool require_sandbox) {
  JobOptions options = JobOptions::from_environment();
  options.require_sandbox = options.require_sandbox || require_sandbox;
  // A learner waits for the answer; CPU time is measured per test process.
  options.parallel_tests = std::clamp(std::thread::hardware_concurrency(), 1u, 4u);
  return options;
}

std::string hint_notice(const Exercise& exercise, const std::string& exercise_ref, unsigned revealed) {
  const auto total = exercise.hints.size();
  if (revealed >= total) return "";
  const std::string command = "`pyjudge hint " + exercise_ref + "`";
  if (revealed == 0) return "Hint available: run " + command;
  return "Hint " + std::to_string(revealed + 1) + " of " + std::to_string(total) + " available: run " + command;
}

// A file larger than the exercise allows is judged on its size, unread.
SubmissionResult run_solution_file(RunnerSession& session, const Exercise& exercise, const std::filesystem::path& solution) {
  SourceFile file;
  try {
    file = read_source_file(solution, kMaxSourceFileBytes);
  } catch (const SourceFileError& e) {
    throw UsageError("cannot read the solution file " + solution.string() + ": " + e.what());
  }
  if (file.larger_than_cap)  // larger than any exercise allows (rules.max_source_bytes is at most 16 MiB)
    return stopped_before_running(exercise, prepare_source(exercise, "", file.size).stop.value(), solution.string());
  return session.run(exercise, file.bytes, solution.string()).result();
}

SubmissionResult learner_check(RunnerSession& session, const Exercise& exercise, const std::filesystem::path& solution,
                               const LearnerCheckOptions& options, ProgressStore& store, std::ostream& out, std::ostream& err) {
  const SubmissionResult result = run_solution_file(session, exercise, solution);

  if (options.format == "json")
    out << json_report(result).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  else if (options.format == "exercism")
    out << exercism_results(exercise, result).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  else
    print_terminal_report(out, result, TerminalStyle::for_stream(1, options.color));

  unsigned revealed = 0;
  if (options.record && result.verdict != Verdict::InternalError) {  // internal_error: the judge failed, not the learner
    try {
      revealed = store.update(exercise.slug, [&](ExerciseProgress& p) { record_attempt(p, result); }).hints_revealed;
    } catch (const std::exception& e) {
      err << "pyjudge: warning: progress not recorded: " << e.what() << "\n";
    }
  } else {
    try {
      if (auto all = store.load(); all.count(exercise.slug)) revealed = all.at(exercise.slug).hints_revealed;
    } catch (const std::exception&) {
      // only the hint notice depends on it
    }
  }
  if (options.format == "text" && result.verdict != Verdict::Accepted && result.verdict != Verdict::InternalError) {
    const auto notice = hint_notice(exercise, options.exercise_ref, revealed);
    if (!notice.empty()) out << notice << "\n";
  }
  out.flush();
  return result;
}

}  // namespace pyjudge
