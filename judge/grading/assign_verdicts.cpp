#include "judge/grading/assign_verdicts.hpp"

#include <algorithm>
#include <cstring>

#include "judge/grading/compare.hpp"
#include "judge/grading/compile_error.hpp"
#include "judge/grading/exception_text.hpp"
#include "judge/grading/process_end.hpp"
#include "judge/grading/value_diff.hpp"
#include "judge/kinds/mutation_tests.hpp"
#include "judge/text/line_diff.hpp"
#include "protocol/child_result.hpp"

namespace pyjudge {
namespace {

using protocol::ChildResult;
using protocol::RaisedException;
using protocol::SubmissionStatus;
using protocol::TestRecord;

constexpr std::size_t kReportedOutputBytes = 4096;

// The candidate's file as the runner names it (the module's file) and as the
// learner knows it (the path they gave): tracebacks are shown with the latter.
struct Candidate {
  std::string module;
  std::string module_file;
  std::string shown_path;
};

// `raises: ValueError` matches builtins.ValueError or a class of the candidate's
// module of that name; a dotted name must match exactly.
bool exception_matches(const std::string& expected, const RaisedException& raised, const std::string& module) {
  for (const auto& cls : raised.mro) {
    if (cls == expected) return true;
    if (expected.find('.') == std::string::npos && (cls == "builtins." + expected || cls == module + "." + expected)) return true;
  }
  return false;
}

// A sealed expectation (judge/spec/sealed_value.hpp) is shown as "(sealed)".
std::string sealed_diff(const std::string& what, const Value& actual) {
  return what + "expected: (sealed)\n" + std::string(what.size(), ' ') + "actual:   " + repr(actual);
}

// Short outputs of one line are shown whole, as Python strings; others as a line diff.
std::string stdout_diff(const std::string& expected, const std::string& actual) {
  const auto one_line = [](const std::string& s) { return s.find('\n') == std::string::npos || s.find('\n') == s.size() - 1; };
  if (one_line(expected) && one_line(actual) && expected.size() <= kWholeValueChars && actual.size() <= kWholeValueChars)
    return "stdout expected: " + repr(Value::of_str(expected)) + "\n       actual:   " + repr(Value::of_str(actual));
  std::string diff = text::format_line_diff(expected, actual);
  if (!diff.empty() && diff.back() == '\n') diff.pop_back();
  return "stdout (- expected, + actual):\n" + diff;
}

// Compares observations with the expectation: the value of a call, or the list
// of observations of a code test.
bool judge_observations(const TestCase& test, const ChildResult& child, TestResult& out) {
  if (!expects_observations(test)) return true;
  for (const auto& obs : child.observations) {
    if (obs.kind == Value::Kind::Unsupported) {
      out.verdict = Verdict::WrongAnswer;
      out.message = obs.text.rfind("unsupported type", 0) == 0 ? "observation of " + obs.text
                                                                : "observation could not be reported: " + obs.text;
      return false;
    }
  }
  if (test.kind == "call" && child.observations.size() != 1) {  // the candidate called observe() itself
    out.verdict = Verdict::WrongAnswer;
    out.message = "the call produced " + std::to_string(child.observations.size()) + " observations instead of one";
    return false;
  }
  const Value actual =
      test.kind == "call" ? child.observations.front() : Value::sequence(Value::Kind::List, child.observations);
  if (observations_match(test, actual)) return true;
  out.verdict = Verdict::WrongAnswer;
  out.message = test.failure_message.empty() ? "wrong answer" : test.failure_message;
  out.details = test.expect ? value_diff(*test.expect, actual, test) : sealed_diff("", actual);
  return false;
}

void judge_child(const TestCase& test, const ChildResult& child, const std::string& stdout_text, const Candidate& candidate,
                 TestResult& out) {
  const auto& raised = child.exception;
  if (raised) out.line = raised->line;
  if (raised && test.raises && exception_matches(*test.raises, *raised, candidate.module)) {
    out.verdict = Verdict::Accepted;
  } else if (raised && raised->type == "builtins.MemoryError") {
    out.verdict = Verdict::MemoryLimitExceeded;
    out.message = "used more than " + std::to_string(test.limits.memory_mb) + " MiB (MemoryError)";
    return;
  } else if (raised && test.raises) {
    out.verdict = Verdict::WrongAnswer;
    out.message = "expected " + *test.raises + " to be raised, got " + exception_summary(*raised);
    out.details = with_learner_path(raised->traceback, candidate.module_file, candidate.shown_path);
    return;
  } else if (raised) {
    out.verdict = Verdict::RuntimeError;
    // SQLite's messages name the learner's line and no hidden value: shown for every SQL test.
    if (test.sql) out.message = short_type(raised->type) + (raised->message.empty() ? "" : ": " + raised->message);
    else out.message = exception_summary(*raised);
    out.details = with_learner_path(raised->traceback, candidate.module_file, candidate.shown_path);
    return;
  } else if (test.raises) {
    out.verdict = Verdict::WrongAnswer;
    out.message = "expected " + *test.raises + " to be raised, but nothing was raised";
    return;
  }
  if (!judge_observations(test, child, out)) return;
  if (!stdout_matches(test, stdout_text)) {
    out.verdict = Verdict::WrongAnswer;
    out.message = "wrong output";
    if (test.expected_stdout) {
      out.details = stdout_diff(*test.expected_stdout, stdout_text);
      out.stdout_in_details = true;
    } else {
      out.details = sealed_diff("stdout ", Value::of_str(stdout_text));
    }
    return;
  }
  out.verdict = Verdict::Accepted;
}

TestResult judge_test(const TestCase& test, const std::optional<TestRecord>& record, const RunOutcome& outcome,
                      const Candidate& candidate);

// A test the runner did not run: its module's top level failed in test
// `skipped_for` in a way this test would repeat (docs/architecture.md), so it
// is judged by that test's record against its own expectations.
TestResult judge_skipped(const TestCase& test, const TestRecord& skipped, const RunOutcome& outcome, const Candidate& candidate) {
  const auto source = skipped.skipped_for < outcome.records.size() ? outcome.records[skipped.skipped_for] : std::nullopt;
  if (!source || source->end == TestRecord::End::Skipped) {
    TestResult out;
    out.name = test.name;
    out.visible = test.visible;
    out.weight = test.weight;
    out.message = "the runner skipped this test for test #" + std::to_string(skipped.skipped_for + 1) + ", which has no record";
    return out;  // internal_error
  }
  TestResult out = judge_test(test, source, outcome, candidate);
  out.cpu_ms = out.wall_ms = out.peak_kb = 0;
  const std::string number = std::to_string(skipped.skipped_for + 1);
  if (source->kill != TestRecord::Kill::None)
    out.message = "not run: the solution's top level ran out of time in test #" + number + ", whose limits are at least this test's";
  else
    out.message = "not run: the solution's top level raised in test #" + number + ", as it would here" +
                  (out.message.empty() ? "" : " (" + out.message + ")");
  return out;
}

TestResult judge_test(const TestCase& test, const std::optional<TestRecord>& record, const RunOutcome& outcome,
                      const Candidate& candidate) {
  TestResult out;
  out.name = test.name;
  out.visible = test.visible;
  out.weight = test.weight;
  if (!record) {
    out.verdict = Verdict::InternalError;
    out.message = "no result for this test: " + (outcome.failure.empty() ? std::string("the runner stopped early") : outcome.failure);
    return out;
  }
  if (record->end == TestRecord::End::Skipped) return judge_skipped(test, *record, outcome, candidate);
  out.cpu_ms = ms_of_us(record->cpu_us);
  out.wall_ms = ms_of_us(record->wall_us);
  out.peak_kb = record->peak_kb;
  out.stdout_text = record->out.substr(0, kReportedOutputBytes);
  out.stderr_text = record->err.substr(0, kReportedOutputBytes);
  if (judge_termination(test, *record, out)) return out;
  ChildResult child;
  try {
    child = protocol::decode_child_result(record->result);
  } catch (const wire::DecodeError& e) {
    out.verdict = Verdict::RuntimeError;  // the candidate's process wrote it: its fault, never a pass
    out.message = std::string("malformed result from the test process: ") + e.what();
    return out;
  }
  judge_child(test, child, record->out, candidate, out);
  return out;
}

std::string join(const std::vector<std::string>& parts, const std::string& separator) {
  std::string out;
  for (const auto& part : parts) out += (out.empty() ? "" : separator) + part;
  return out;
}

void mark_all(SubmissionResult& result, const Exercise& ex, Verdict verdict, const std::string& message) {
  for (const auto& t : ex.tests) {
    TestResult r;
    r.name = t.name;
    r.visible = t.visible;
    r.weight = t.weight;
    r.verdict = verdict;
    r.message = message;
    result.tests.push_back(r);
  }
}

}  // namespace

void summarise(SubmissionResult& result) {
  double total = 0, passed = 0;
  result.verdict = Verdict::Accepted;
  for (const auto& t : result.tests) {
    total += t.weight;
    if (t.verdict == Verdict::Accepted) passed += t.weight;
    else if (result.verdict == Verdict::Accepted) result.verdict = t.verdict;
  }
  result.score = total > 0 ? passed / total : 0.0;
  if (result.tests.empty() && result.verdict == Verdict::Accepted && !result.message.empty()) result.verdict = Verdict::InternalError;
}

SubmissionResult assign_verdicts(const Exercise& ex, const RunOutcome& outcome, const std::string& solution_name,
                                 const std::string& source) {
  SubmissionResult result;
  result.exercise = ex.slug;
  result.solution = solution_name;
  if (outcome.hello) result.python_version = outcome.hello->python_version;
  if (outcome.status) {
    result.sandbox_layers = outcome.status->active_layers;
    result.missing_layers = outcome.status->missing_layers;
  }
  if (!outcome.status) {
    result.message = "the runner failed before the submission was ready: " + outcome.failure;
    mark_all(result, ex, Verdict::InternalError, "not run: " + outcome.failure);
  } else if (outcome.status->code == SubmissionStatus::Code::SyntaxError) {
    const auto& s = *outcome.status;
    result.message = compile_error_message(solution_name, s.line, s.column, s.message);
    result.details = caret_excerpt(source, s.line, s.column);
    mark_all(result, ex, Verdict::SyntaxError, kNotCompiled);
  } else if (outcome.status->code == SubmissionStatus::Code::RuleViolation) {
    result.message = outcome.status->message + (outcome.status->line ? " (line " + std::to_string(outcome.status->line) + ")" : "");
    mark_all(result, ex, Verdict::RuleViolation, "not run: " + result.message);
  } else if (outcome.status->code == SubmissionStatus::Code::SandboxIncomplete) {
    result.message = "refusing to run: the sandbox is incomplete (" + join(outcome.status->missing_layers, "; ") + ")";
    mark_all(result, ex, Verdict::InternalError, "not run: the sandbox is incomplete");
  } else if (outcome.status->code == SubmissionStatus::Code::SetupFailed) {
    result.message = "the runner could not prepare the submission: " + outcome.status->message;
    mark_all(result, ex, Verdict::InternalError, "not run: " + outcome.status->message);
  } else {
    const Candidate candidate{ex.module, ex.solution_file(), solution_name};
    for (std::size_t i = 0; i < ex.tests.size(); ++i)
      result.tests.push_back(judge_test(ex.tests[i], outcome.records[i], outcome, candidate));
    if (ex.kind == ExerciseKind::Tests) settle_mutation_results(result);
  }
  summarise(result);
  return result;
}

}  // namespace pyjudge
