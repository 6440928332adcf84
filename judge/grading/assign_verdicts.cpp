#include "judge/grading/assign_verdicts.hpp"

#include <algorithm>
#include <cstring>

#include "judge/grading/compare.hpp"
#include "judge/grading/process_end.hpp"
#include "judge/kinds/mutation_tests.hpp"
#include "protocol/child_result.hpp"

namespace pyjudge {
namespace {

using protocol::ChildResult;
using protocol::RaisedException;
using protocol::SubmissionStatus;
using protocol::TestRecord;

constexpr std::size_t kReportedOutputBytes = 4096;

std::string short_type(const std::string& qualified) {
  const auto dot = qualified.rfind('.');
  return dot == std::string::npos ? qualified : qualified.substr(dot + 1);
}

// `raises: ValueError` matches builtins.ValueError or a class of the candidate's
// module of that name; a dotted name must match exactly.
bool exception_matches(const std::string& expected, const RaisedException& raised, const std::string& module) {
  for (const auto& cls : raised.mro) {
    if (cls == expected) return true;
    if (expected.find('.') == std::string::npos && (cls == "builtins." + expected || cls == module + "." + expected)) return true;
  }
  return false;
}

// "expected: [1]\nactual:   [2]"; a sealed expectation is shown as "(sealed)".
std::string diff_text(const std::string& what, const std::optional<Value>& expected, const Value& actual) {
  return what + "expected: " + (expected ? repr(*expected) : "(sealed)") + "\n" + std::string(what.size(), ' ') +
         "actual:   " + repr(actual);
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
  out.details = diff_text("", test.expect, actual);
  return false;
}

void judge_child(const TestCase& test, const ChildResult& child, const std::string& stdout_text, const std::string& module,
                 TestResult& out) {
  const auto& raised = child.exception;
  if (raised && test.raises && exception_matches(*test.raises, *raised, module)) {
    out.verdict = Verdict::Accepted;
  } else if (raised && raised->type == "builtins.MemoryError") {
    out.verdict = Verdict::MemoryLimitExceeded;
    out.message = "used more than " + std::to_string(test.limits.memory_mb) + " MiB (MemoryError)";
    return;
  } else if (raised && test.raises) {
    out.verdict = Verdict::WrongAnswer;
    out.message = "expected " + *test.raises + " to be raised, got " + short_type(raised->type);
    out.details = raised->traceback;
    return;
  } else if (raised) {
    out.verdict = Verdict::RuntimeError;
    out.message = short_type(raised->type);
    // SQLite's messages name the learner's line and no hidden value: shown for every SQL test.
    if (test.sql && !raised->message.empty()) out.message += ": " + raised->message;
    out.details = raised->traceback;
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
    const auto expected = test.expected_stdout ? std::optional(Value::of_str(*test.expected_stdout)) : std::nullopt;
    out.details = diff_text("stdout ", expected, Value::of_str(stdout_text));
    return;
  }
  out.verdict = Verdict::Accepted;
}

TestResult judge_test(const TestCase& test, const std::optional<TestRecord>& record, const RunOutcome& outcome,
                      const std::string& module);

// A test the runner did not run: its module's top level failed in test
// `skipped_for` in a way this test would repeat (docs/architecture.md), so it
// is judged by that test's record against its own expectations.
TestResult judge_skipped(const TestCase& test, const TestRecord& skipped, const RunOutcome& outcome, const std::string& module) {
  const auto source = skipped.skipped_for < outcome.records.size() ? outcome.records[skipped.skipped_for] : std::nullopt;
  if (!source || source->end == TestRecord::End::Skipped) {
    TestResult out;
    out.name = test.name;
    out.visible = test.visible;
    out.weight = test.weight;
    out.message = "the runner skipped this test for test #" + std::to_string(skipped.skipped_for + 1) + ", which has no record";
    return out;  // internal_error
  }
  TestResult out = judge_test(test, source, outcome, module);
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
                      const std::string& module) {
  TestResult out;
  out.name = test.name;
  out.visible = test.visible;
  out.weight = test.weight;
  if (!record) {
    out.verdict = Verdict::InternalError;
    out.message = "no result for this test: " + (outcome.failure.empty() ? std::string("the runner stopped early") : outcome.failure);
    return out;
  }
  if (record->end == TestRecord::End::Skipped) return judge_skipped(test, *record, outcome, module);
  out.cpu_ms = record->cpu_us / 1000;
  out.wall_ms = record->wall_us / 1000;
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
  judge_child(test, child, record->out, module, out);
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

SubmissionResult assign_verdicts(const Exercise& ex, const RunOutcome& outcome, const std::string& solution_name) {
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
    result.message = ex.module + ".py, line " + std::to_string(s.line) + ", column " + std::to_string(s.column) + ": " + s.message;
    mark_all(result, ex, Verdict::SyntaxError, "not run: the solution does not compile");
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
    for (std::size_t i = 0; i < ex.tests.size(); ++i)
      result.tests.push_back(judge_test(ex.tests[i], outcome.records[i], outcome, ex.module));
    if (ex.kind == ExerciseKind::Tests) settle_mutation_results(result);
  }
  summarise(result);
  return result;
}

}  // namespace pyjudge
