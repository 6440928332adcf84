// Verdict assignment from runner records: no result means no pass, and a
// forged or malformed result is never accepted (invariants 5, 6, 7).
#include <doctest/doctest.h>

#include <signal.h>

#include "judge/grading/assign_verdicts.hpp"
#include "judge/spec/sealed_value.hpp"
#include "protocol/child_result.hpp"

using namespace pyjudge;
using protocol::TestRecord;

namespace {

Exercise one_test_exercise() {
  Exercise ex;
  ex.slug = "demo";
  ex.module = "demo";
  TestCase t;
  t.name = "t";
  t.kind = "call";
  t.code = "f()";
  t.expect = Value::of_int(42);
  t.limits.cpu_ms = 1000;
  t.limits.memory_mb = 64;
  ex.tests.push_back(t);
  return ex;
}

std::string child_result(const std::vector<Value>& observations, const std::string& exception_type = "",
                         const std::vector<std::string>& mro = {}) {
  protocol::ChildResult result{observations, std::nullopt};
  if (!exception_type.empty()) result.exception = protocol::RaisedException{exception_type, mro, "msg", "Traceback", 0, ""};
  return protocol::encode(result);
}

RunOutcome ready_with(std::optional<TestRecord> record) {
  RunOutcome out;
  out.status = protocol::SubmissionStatus{};
  out.records = {std::move(record)};
  out.end = protocol::EndOfSubmission{};
  return out;
}

TestRecord exited_with(std::string result) {
  TestRecord r;
  r.end = TestRecord::End::Exited;
  r.locked_down = true;
  r.seal = result.empty() ? TestRecord::Seal::Absent : TestRecord::Seal::Valid;
  r.result = std::move(result);
  return r;
}

TestRecord signaled_with(int sig) {
  TestRecord r;
  r.end = TestRecord::End::Signaled;
  r.locked_down = true;
  r.code = sig;
  return r;
}

Verdict verdict_of(const Exercise& ex, const RunOutcome& outcome) { return assign_verdicts(ex, outcome, "s.py").verdict; }

}  // namespace

TEST_CASE("the right observation is accepted, a wrong one is not") {
  const auto ex = one_test_exercise();
  CHECK(verdict_of(ex, ready_with(exited_with(child_result({Value::of_int(42)})))) == Verdict::Accepted);
  CHECK(verdict_of(ex, ready_with(exited_with(child_result({Value::of_float(42.0)})))) == Verdict::WrongAnswer);
  CHECK(verdict_of(ex, ready_with(exited_with(child_result({Value::unsupported("unsupported type AlwaysEqual")})))) ==
        Verdict::WrongAnswer);
}

TEST_CASE("a time-out in the top level is said so, the tests it spared are time-outs too") {
  const auto ex = one_test_exercise();
  TestRecord timed_out = signaled_with(SIGKILL);
  timed_out.kill = TestRecord::Kill::Cpu;
  CHECK(assign_verdicts(ex, ready_with(timed_out), "s.py").tests[0].message.find("in the solution's top level") != std::string::npos);
  timed_out.module_loaded = true;  // the driver ran out of time, not the module
  CHECK(assign_verdicts(ex, ready_with(timed_out), "s.py").tests[0].message.find("top level") == std::string::npos);

  TestRecord skipped;
  skipped.end = TestRecord::End::Skipped;
  skipped.skipped_for = 0;
  Exercise two = ex;
  two.tests.push_back(ex.tests[0]);
  two.tests[1].name = "t2";
  timed_out.module_loaded = false;
  RunOutcome outcome = ready_with(timed_out);
  outcome.records.push_back(skipped);
  const auto result = assign_verdicts(two, outcome, "s.py");
  CHECK(result.tests[1].verdict == Verdict::TimeLimitExceeded);
  CHECK(result.tests[1].message.rfind("not run: the solution's top level ran out of time in test #1", 0) == 0);
  CHECK(result.tests[1].cpu_ms == 0);
}

TEST_CASE("a test skipped after a top-level exception is judged by that test's record, against its own expectation") {
  Exercise ex = one_test_exercise();
  ex.tests.push_back(ex.tests[0]);
  ex.tests[1].name = "expects the error";
  ex.tests[1].expect.reset();
  ex.tests[1].raises = "ValueError";
  TestRecord raised = exited_with(child_result({}, "builtins.ValueError", {"builtins.ValueError", "builtins.Exception"}));
  TestRecord skipped;
  skipped.end = TestRecord::End::Skipped;
  skipped.skipped_for = 0;
  RunOutcome outcome = ready_with(raised);
  outcome.records.push_back(skipped);
  const auto result = assign_verdicts(ex, outcome, "s.py");
  CHECK(result.tests[0].verdict == Verdict::RuntimeError);
  CHECK(result.tests[1].verdict == Verdict::Accepted);  // running it would have matched `raises` too
  CHECK(result.tests[1].message.rfind("not run: the solution's top level raised in test #1", 0) == 0);

  skipped.skipped_for = 1;  // a record that points at itself, or at nothing, is the judge's problem
  outcome.records[1] = skipped;
  CHECK(assign_verdicts(ex, outcome, "s.py").tests[1].verdict == Verdict::InternalError);
}

TEST_CASE("no result, no pass") {
  const auto ex = one_test_exercise();
  SUBCASE("the test process exited cleanly without a result (os._exit(0))") {
    CHECK(verdict_of(ex, ready_with(exited_with(""))) == Verdict::RuntimeError);
  }
  SUBCASE("the record itself is missing") {
    auto outcome = ready_with(std::nullopt);
    outcome.failure = "the runner exited unexpectedly";
    const auto result = assign_verdicts(ex, outcome, "s.py");
    CHECK(result.verdict == Verdict::InternalError);
    CHECK(result.tests[0].message.find("the runner exited unexpectedly") != std::string::npos);
  }
  SUBCASE("the runner never got ready") {
    RunOutcome outcome;
    outcome.records = {std::nullopt};
    outcome.failure = "boom";
    CHECK(verdict_of(ex, outcome) == Verdict::InternalError);
  }
  SUBCASE("a result with a non-zero exit status") {
    auto r = exited_with(child_result({Value::of_int(42)}));
    r.code = 3;
    CHECK(verdict_of(ex, ready_with(r)) == Verdict::RuntimeError);
  }
}

TEST_CASE("forged or malformed results are the candidate's runtime_error") {
  const auto ex = one_test_exercise();
  const std::string good = child_result({Value::of_int(42)});
  CHECK(verdict_of(ex, ready_with(exited_with(good + good))) == Verdict::RuntimeError);
  CHECK(verdict_of(ex, ready_with(exited_with(good.substr(0, good.size() - 2)))) == Verdict::RuntimeError);
  CHECK(verdict_of(ex, ready_with(exited_with("\x01\0\0\0\x07"))) == Verdict::RuntimeError);
}

TEST_CASE("limits measured outside decide the verdict") {
  const auto ex = one_test_exercise();
  auto cpu = exited_with(child_result({Value::of_int(42)}));
  cpu.kill = TestRecord::Kill::Cpu;
  CHECK(verdict_of(ex, ready_with(cpu)) == Verdict::TimeLimitExceeded);
  CHECK(verdict_of(ex, ready_with(signaled_with(SIGXCPU))) == Verdict::TimeLimitExceeded);
  auto output = exited_with("");
  output.kill = TestRecord::Kill::Output;
  CHECK(verdict_of(ex, ready_with(output)) == Verdict::OutputLimitExceeded);
  auto memory = exited_with(child_result({Value::of_int(42)}));
  memory.baseline_kb = 10000;
  memory.peak_kb = 10000 + 65 * 1024;
  CHECK(verdict_of(ex, ready_with(memory)) == Verdict::MemoryLimitExceeded);
  CHECK(verdict_of(ex, ready_with(exited_with(child_result({}, "builtins.MemoryError", {"builtins.MemoryError"})))) ==
        Verdict::MemoryLimitExceeded);
  auto starved = exited_with("");  // ran out of memory before it could report
  starved.baseline_kb = 10000;
  starved.peak_kb = 10000 + 60 * 1024;
  starved.code = 70;
  CHECK(verdict_of(ex, ready_with(starved)) == Verdict::MemoryLimitExceeded);
  starved.peak_kb = 10000 + 10 * 1024;  // far from the limit: just a missing result
  CHECK(verdict_of(ex, ready_with(starved)) == Verdict::RuntimeError);
  const auto crashed = assign_verdicts(ex, ready_with(signaled_with(SIGSEGV)), "s.py");
  CHECK(crashed.verdict == Verdict::RuntimeError);
  CHECK(crashed.tests[0].message.find("SIGSEGV") != std::string::npos);
}

TEST_CASE("a trapped system call is a sandbox_violation naming it, a failed lockdown is the judge's fault") {
  const auto ex = one_test_exercise();
  auto trapped = exited_with("");
  trapped.code = 159;
  trapped.violation = "execve (running a program)";
  const auto violation = assign_verdicts(ex, ready_with(trapped), "s.py");
  CHECK(violation.verdict == Verdict::SandboxViolation);
  CHECK(violation.tests[0].message == "execve (running a program) is not allowed in the sandbox");
  auto unlocked = exited_with(child_result({Value::of_int(42)}));
  unlocked.locked_down = false;  // even a perfect result does not count
  CHECK(verdict_of(ex, ready_with(unlocked)) == Verdict::InternalError);
}

TEST_CASE("raises matches the exception or a base class, of builtins or the candidate's module") {
  auto ex = one_test_exercise();
  ex.tests[0].expect.reset();
  ex.tests[0].raises = "LookupError";
  const std::vector<std::string> key_error_mro = {"builtins.KeyError", "builtins.LookupError", "builtins.Exception"};
  CHECK(verdict_of(ex, ready_with(exited_with(child_result({}, "builtins.KeyError", key_error_mro)))) == Verdict::Accepted);
  CHECK(verdict_of(ex, ready_with(exited_with(child_result({}, "builtins.TypeError", {"builtins.TypeError"})))) ==
        Verdict::WrongAnswer);
  CHECK(verdict_of(ex, ready_with(exited_with(child_result({Value::none()})))) == Verdict::WrongAnswer);
  ex.tests[0].raises = "InvalidAge";
  CHECK(verdict_of(ex, ready_with(exited_with(child_result({}, "demo.InvalidAge", {"demo.InvalidAge"})))) == Verdict::Accepted);
  CHECK(verdict_of(ex, ready_with(exited_with(child_result({}, "other.InvalidAge", {"other.InvalidAge"})))) == Verdict::WrongAnswer);
}

TEST_CASE("syntax errors and rule violations fail every test") {
  const auto ex = one_test_exercise();
  RunOutcome outcome;
  outcome.status = protocol::SubmissionStatus{protocol::SubmissionStatus::Code::SyntaxError, "invalid syntax", 3, 5, {}, {}};
  outcome.records = {std::nullopt};
  const auto result = assign_verdicts(ex, outcome, "/tmp/work/syntax.py", "a = 1\nb = 2\nif x\n");
  CHECK(result.verdict == Verdict::SyntaxError);
  CHECK(result.message == "/tmp/work/syntax.py, line 3, column 5: invalid syntax");  // the learner's path, not demo.py
  CHECK(result.details == "    if x\n        ^\n");
  CHECK(result.tests[0].message == "not run: does not compile");
  CHECK(result.score == 0.0);
}

TEST_CASE("an exception names its class and the learner's line, hidden or not, and the traceback names the learner's path") {
  auto ex = one_test_exercise();
  ex.tests[0].visible = false;
  protocol::ChildResult child{{}, protocol::RaisedException{"builtins.ZeroDivisionError", {"builtins.ZeroDivisionError"},
                                                            "hidden input 987", "  File \"demo.py\", line 2, in f\n", 2,
                                                            "return total / count"}};
  const auto result = assign_verdicts(ex, ready_with(exited_with(protocol::encode(child))), "work/mine.py");
  REQUIRE(result.tests.size() == 1);
  const auto& t = result.tests[0];
  CHECK(t.verdict == Verdict::RuntimeError);
  CHECK(t.message == "ZeroDivisionError at line 2: return total / count");
  CHECK(t.message.find("987") == std::string::npos);
  CHECK(t.line == 2);
  CHECK(t.details == "  File \"work/mine.py\", line 2, in f\n");

  ex.tests[0].raises = "ValueError";
  const auto wrong = assign_verdicts(ex, ready_with(exited_with(protocol::encode(child))), "work/mine.py");
  CHECK(wrong.tests[0].message == "expected ValueError to be raised, got ZeroDivisionError at line 2: return total / count");
}

TEST_CASE("the submission verdict is the first failing test's, the score is weighted") {
  SubmissionResult r;
  TestResult a, b, c;
  a.verdict = Verdict::Accepted;
  a.weight = 3;
  b.verdict = Verdict::TimeLimitExceeded;
  c.verdict = Verdict::WrongAnswer;
  r.tests = {a, b, c};
  summarise(r);
  CHECK(r.verdict == Verdict::TimeLimitExceeded);
  CHECK(r.score == doctest::Approx(0.6));
}

namespace {

// The test of one_test_exercise() sealed: a digest instead of 42.
Exercise sealed_exercise(const std::string& kind, std::vector<Value> expected, std::optional<std::string> out = {}) {
  Exercise ex = one_test_exercise();
  TestCase& t = ex.tests[0];
  t.kind = kind;
  t.expect.reset();
  SealedExpectation sealed{new_salt(), std::vector<std::string>{}, std::nullopt};
  for (const auto& v : expected) sealed.observations->push_back(*observation_digest(v, t.compare, sealed.salt));
  if (out) sealed.stdout_digest = stdout_digest(*out, sealed.salt);
  t.sealed = sealed;
  return ex;
}

}  // namespace

TEST_CASE("a sealed test is judged by digests, and a wrong answer shows no expected value") {
  const auto call = sealed_exercise("call", {Value::of_int(42)});
  CHECK(verdict_of(call, ready_with(exited_with(child_result({Value::of_int(42)})))) == Verdict::Accepted);
  const auto wrong = assign_verdicts(call, ready_with(exited_with(child_result({Value::of_float(42.0)}))), "s.py");
  CHECK(wrong.verdict == Verdict::WrongAnswer);
  CHECK(wrong.tests[0].message == "wrong answer");
  CHECK(wrong.tests[0].details == "expected: (sealed)\nactual:   42.0");

  const auto code = sealed_exercise("code", {Value::of_int(1), Value::of_str("a")});
  CHECK(verdict_of(code, ready_with(exited_with(child_result({Value::of_int(1), Value::of_str("a")})))) == Verdict::Accepted);
  CHECK(verdict_of(code, ready_with(exited_with(child_result({Value::of_int(1)})))) == Verdict::WrongAnswer);
  CHECK(verdict_of(code, ready_with(exited_with(child_result({Value::of_str("a"), Value::of_int(1)})))) == Verdict::WrongAnswer);

  const auto printed = sealed_exercise("call", {Value::none()}, "hi\n");
  auto record = exited_with(child_result({Value::none()}));
  record.out = "hi\n";
  CHECK(verdict_of(printed, ready_with(record)) == Verdict::Accepted);
  record.out = "hi";
  const auto wrong_output = assign_verdicts(printed, ready_with(record), "s.py");
  CHECK(wrong_output.tests[0].message == "wrong output");
  CHECK(wrong_output.tests[0].details.find("(sealed)") != std::string::npos);
}
