// Which tests run a second time, with what limits, and what that run settles.
#include <doctest/doctest.h>

#include "judge/run/test_reruns.hpp"

using namespace pyjudge;
using protocol::TestRecord;

namespace {

Exercise exercise_of(std::size_t tests) {
  Exercise ex;
  for (std::size_t i = 0; i < tests; ++i) {
    TestCase t;
    t.name = "t" + std::to_string(i);
    t.limits.cpu_ms = 100;
    t.limits.memory_mb = 64;
    ex.tests.push_back(t);
  }
  return ex;
}

TestRecord killed(TestRecord::Kill kill, std::uint64_t grown_mb, std::uint32_t index = 0) {
  TestRecord r;
  r.index = index;
  r.end = TestRecord::End::Signaled;
  r.kill = kill;
  r.baseline_kb = 10'000;
  r.peak_kb = r.baseline_kb + grown_mb * 1024;
  return r;
}

RunOutcome outcome_of(std::vector<std::optional<TestRecord>> records) {
  RunOutcome out;
  out.records = std::move(records);
  return out;
}

TestResult judged(Verdict v) {
  TestResult r;
  r.verdict = v;
  return r;
}

}  // namespace

TEST_CASE("a CPU time-out with more than half the memory limit in use runs again with twice the CPU") {
  const Exercise ex = exercise_of(3);
  const RunOutcome first = outcome_of({killed(TestRecord::Kill::Cpu, 32), killed(TestRecord::Kill::Cpu, 31), TestRecord{}});
  const auto reruns = tests_to_rerun(ex, first);
  REQUIRE(reruns.size() == 1);  // 31 MiB is under half of 64: a plain CPU time-out
  CHECK(reruns[0].index == 0);
  CHECK(reruns[0].why == Rerun::Why::CpuOrMemory);
  CHECK(reruns[0].reason == "stopped at its CPU limit with 32 of its 64 MiB in use: run again with 200 ms of CPU to tell which limit it exceeds");
  const Exercise again = rerun_exercise(ex, reruns);
  REQUIRE(again.tests.size() == 1);
  CHECK(again.tests[0].limits.cpu_ms == 200);
  CHECK(again.tests[0].limits.memory_mb == 64);
}

TEST_CASE("a starved test runs again with its own limits") {
  const Exercise ex = exercise_of(2);
  TestRecord starved = killed(TestRecord::Kill::Starved, 60, 1);
  starved.cpu_us = 5'000;
  starved.wall_us = 900'000;
  const auto reruns = tests_to_rerun(ex, outcome_of({TestRecord{}, starved}));
  REQUIRE(reruns.size() == 1);
  CHECK(reruns[0].why == Rerun::Why::Starved);
  CHECK(reruns[0].reason == "the host starved it of CPU (5 ms of CPU in 900 ms)");
  CHECK(rerun_exercise(ex, reruns).tests[0].limits.cpu_ms == 100);
}

TEST_CASE("the second run replaces a record only when it settles the doubt") {
  const Exercise ex = exercise_of(3);
  RunOutcome outcome = outcome_of({killed(TestRecord::Kill::Cpu, 40, 0), killed(TestRecord::Kill::Cpu, 50, 1),
                                   killed(TestRecord::Kill::Starved, 1, 2)});
  const auto reruns = tests_to_rerun(ex, outcome);
  REQUIRE(reruns.size() == 3);
  RunOutcome again = outcome_of({killed(TestRecord::Kill::None, 64, 0), killed(TestRecord::Kill::Cpu, 50, 1),
                                 killed(TestRecord::Kill::None, 1, 2)});
  again.records[0]->cpu_us = 111;
  again.records[2]->cpu_us = 222;
  settle_reruns(reruns, again, {judged(Verdict::MemoryLimitExceeded), judged(Verdict::TimeLimitExceeded), judged(Verdict::Accepted)},
                outcome);
  CHECK(outcome.records[0]->cpu_us == 111);                        // it exceeded its memory limit: that is its verdict
  CHECK(outcome.records[1]->kill == TestRecord::Kill::Cpu);       // a CPU time-out again: the first record stands
  CHECK(outcome.records[1]->peak_kb == 10'000 + 50 * 1024);
  CHECK(outcome.records[2]->cpu_us == 222);                        // a starved test takes its second record
  CHECK(outcome.records[2]->index == 2);
}

TEST_CASE("a test skipped in the second run points at its source in the whole exercise") {
  const Exercise ex = exercise_of(4);
  RunOutcome outcome = outcome_of({TestRecord{}, killed(TestRecord::Kill::Starved, 1, 1), TestRecord{},
                                   killed(TestRecord::Kill::Starved, 1, 3)});
  const auto reruns = tests_to_rerun(ex, outcome);
  REQUIRE(reruns.size() == 2);
  TestRecord skipped;
  skipped.index = 1;
  skipped.end = TestRecord::End::Skipped;
  skipped.skipped_for = 0;  // the subset's first test: the exercise's test 1
  settle_reruns(reruns, outcome_of({killed(TestRecord::Kill::None, 1, 0), skipped}),
                {judged(Verdict::RuntimeError), judged(Verdict::RuntimeError)}, outcome);
  CHECK(outcome.records[3]->end == TestRecord::End::Skipped);
  CHECK(outcome.records[3]->index == 3);
  CHECK(outcome.records[3]->skipped_for == 1);
}

TEST_CASE("a test without a second record keeps its first") {
  const Exercise ex = exercise_of(1);
  RunOutcome outcome = outcome_of({killed(TestRecord::Kill::Starved, 1)});
  const auto reruns = tests_to_rerun(ex, outcome);
  settle_reruns(reruns, outcome_of({std::nullopt}), {judged(Verdict::InternalError)}, outcome);
  CHECK(outcome.records[0]->kill == TestRecord::Kill::Starved);
}
