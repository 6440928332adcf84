// Sandbox layer: the supervisor. Forks the test processes of a submission (up
// to `parallel` at a time, each with its own limits), measures each from
// outside (invariant 4, docs/architecture.md) and kills a test's whole process group on a
// CPU, wall-clock, output or result-size overrun.
#pragma once

#include <cstdint>
#include <functional>

#include "protocol/messages.hpp"
#include "protocol/job.hpp"
#include "runner/sandbox/seccomp.hpp"
#include "runner/result_seal.hpp"

namespace pyjudge::runner {

struct MemoryStatus {
  std::uint64_t rss_kb = 0;
  std::uint64_t vm_kb = 0;
};
// Read while /proc can still be opened (before Landlock).
MemoryStatus own_memory();

struct SupervisorContext {
  MemoryStatus baseline;                   // of the submission process, which every test starts as a copy of
  const SyscallFilter* filter = nullptr;  // installed in each test process; null when seccomp is missing
};

// `run_test(i, key)` runs in test process i with stdout/stderr on capture
// pipes and the result pipe on kResultFd, after the test lockdown; it seals its
// result with `key` and must end the process itself (_exit).
using TestBody = std::function<void(std::uint32_t index, const SealKey& key)>;
// What the supervisor tells, from the submission process.
struct SupervisorReports {
  // Each finished test's record, in the order the tests finish.
  std::function<void(const protocol::TestRecord&)> record;
  // true once every running test waits (cpu_activity.hpp), false once one
  // computes again or a new one starts; called only when that changes.
  std::function<void(bool waiting)> activity;
};

void supervise_tests(const std::vector<protocol::Limits>& limits, unsigned parallel, const SupervisorContext& context,
                     const TestBody& run_test, const SupervisorReports& reports);

}  // namespace pyjudge::runner
