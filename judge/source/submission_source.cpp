#include "judge/source/submission_source.hpp"

#include "judge/grading/assign_verdicts.hpp"
#include "judge/run/job_exchange.hpp"
#include "judge/source/python_source.hpp"

namespace pyjudge {

using protocol::SubmissionStatus;

PreparedSource prepare_source(const Exercise& exercise, std::string_view bytes, std::uintmax_t file_size) {
  PreparedSource out;
  const std::uint64_t limit = exercise.rules.max_source_bytes;
  if (file_size > limit) {
    out.stop = SubmissionStatus{SubmissionStatus::Code::RuleViolation,
                                "the solution is " + std::to_string(file_size) + " bytes, larger than the " +
                                    std::to_string(limit) + " bytes this exercise allows",
                                0, 0, {}, {}};
    return out;
  }
  if (exercise.kind == ExerciseKind::Sql) {  // SQL text is not Python's to decode
    out.text = std::string(bytes);
    return out;
  }
  PythonText decoded = decode_python_source(bytes);
  if (decoded.problem)
    out.stop = SubmissionStatus{SubmissionStatus::Code::SyntaxError, decoded.problem->message, decoded.problem->line,
                                decoded.problem->column, {}, {}};
  else
    out.text = std::move(decoded.text);
  return out;
}

SubmissionResult stopped_before_running(const Exercise& exercise, const SubmissionStatus& stop,
                                        const std::string& solution_name, const std::string& python_version) {
  RunOutcome outcome;
  outcome.status = stop;
  outcome.records.resize(exercise.tests.size());
  if (!python_version.empty()) outcome.hello = protocol::Hello{protocol::kProtocolVersion, python_version};
  return assign_verdicts(exercise, outcome, solution_name);
}

}  // namespace pyjudge
