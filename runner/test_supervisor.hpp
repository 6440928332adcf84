// Sandbox layer: the supervisor. Forks one test process, measures it from
// outside (DESIGN.md invariant 4) and kills its whole process group on a CPU,
// wall-clock, output or result-size overrun.
#pragma once

#include <cstdint>
#include <functional>

#include "core/protocol.hpp"
#include "job.hpp"
#include "layer_seccomp.hpp"
#include "result_seal.hpp"

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

// `run_test` runs in the test process with stdout/stderr on capture pipes and
// the result pipe on kResultFd, after the test lockdown; it seals its result
// with the key it is given and must end the process itself (_exit).
using TestBody = std::function<void(const SealKey&)>;
protocol::TestRecord supervise_test(std::uint32_t index, const Limits& limits, const SupervisorContext& context,
                                    const TestBody& run_test);

}  // namespace pyjudge::runner
