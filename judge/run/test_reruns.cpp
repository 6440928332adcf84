#include "judge/run/test_reruns.hpp"

namespace pyjudge {
namespace {

using protocol::TestRecord;

std::string ms(std::uint64_t us) { return std::to_string(ms_of_us(us)) + " ms"; }

std::uint64_t grown_kb(const TestRecord& r) { return r.peak_kb > r.baseline_kb ? r.peak_kb - r.baseline_kb : 0; }

// Stopped at its CPU limit with more than half its memory limit in use.
bool between_cpu_and_memory(const TestCase& test, const TestRecord& r) {
  return r.kill == TestRecord::Kill::Cpu && grown_kb(r) * 2 >= test.limits.memory_mb * 1024ull;
}

std::optional<Rerun> rerun_of(const TestCase& test, std::size_t index, const TestRecord& r) {
  if (r.kill == TestRecord::Kill::Starved)
    return Rerun{index, Rerun::Why::Starved,
                 "the host starved it of CPU (" + ms(r.cpu_us) + " of CPU in " + ms(r.wall_us) + ")"};
  if (between_cpu_and_memory(test, r))
    return Rerun{index, Rerun::Why::CpuOrMemory,
                 "stopped at its CPU limit with " + std::to_string(grown_kb(r) / 1024) + " of its " +
                     std::to_string(test.limits.memory_mb) + " MiB in use: run again with " +
                     std::to_string(2 * test.limits.cpu_ms) + " ms of CPU to tell which limit it exceeds"};
  return std::nullopt;
}

}  // namespace

std::vector<Rerun> tests_to_rerun(const Exercise& exercise, const RunOutcome& outcome) {
  std::vector<Rerun> reruns;
  for (std::size_t i = 0; i < outcome.records.size() && i < exercise.tests.size(); ++i)
    if (outcome.records[i])
      if (auto rerun = rerun_of(exercise.tests[i], i, *outcome.records[i])) reruns.push_back(std::move(*rerun));
  return reruns;
}

Exercise rerun_exercise(const Exercise& exercise, const std::vector<Rerun>& reruns) {
  Exercise subset = exercise;
  subset.tests.clear();
  for (const Rerun& rerun : reruns) {
    subset.tests.push_back(exercise.tests[rerun.index]);
    if (rerun.why == Rerun::Why::CpuOrMemory) subset.tests.back().limits.cpu_ms *= 2;
  }
  return subset;
}

void settle_reruns(const std::vector<Rerun>& reruns, const RunOutcome& again, const std::vector<TestResult>& again_results,
                   RunOutcome& outcome) {
  for (std::size_t k = 0; k < reruns.size() && k < again.records.size(); ++k) {
    if (!again.records[k]) continue;  // keep the first record: a starved one is internal_error
    const bool settles = reruns[k].why == Rerun::Why::Starved ||
                         (k < again_results.size() && again_results[k].verdict == Verdict::MemoryLimitExceeded);
    if (!settles) continue;
    TestRecord record = *again.records[k];
    record.index = static_cast<std::uint32_t>(reruns[k].index);
    if (record.end == TestRecord::End::Skipped && record.skipped_for < reruns.size())
      record.skipped_for = static_cast<std::uint32_t>(reruns[record.skipped_for].index);
    outcome.records[reruns[k].index] = std::move(record);
  }
}

}  // namespace pyjudge
