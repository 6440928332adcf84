#include "judge/learner/check.hpp"

#include <nlohmann/json.hpp>

#include "judge/report/submission_json.hpp"
#include "judge/report/terminal.hpp"
#include "judge/report/exercism.hpp"

namespace pyjudge {

int check_exit_code(const SubmissionResult& result) {
  if (result.verdict == Verdict::Accepted) return 0;
  if (result.verdict == Verdict::InternalError) return 3;
  return 1;
}

std::string hint_notice(const Exercise& exercise, const std::string& exercise_ref, unsigned revealed) {
  const auto total = exercise.hints.size();
  if (revealed >= total) return "";
  const std::string command = "`pyjudge hint " + exercise_ref + "`";
  if (revealed == 0) return "Hint available: run " + command;
  return "Hint " + std::to_string(revealed + 1) + " of " + std::to_string(total) + " available: run " + command;
}

SubmissionResult learner_check(RunnerSession& session, const Exercise& exercise, const std::filesystem::path& solution,
                               const LearnerCheckOptions& options, ProgressStore& store, std::ostream& out, std::ostream& err) {
  const std::string source = read_solution_file(solution);
  const SubmissionResult result = session.run(exercise, source, solution.string()).result();

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
