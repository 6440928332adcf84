// Sandbox layer: the supervisor. Forks one test process, measures it from
// outside (DESIGN.md invariant 4) and kills its whole process group on a CPU,
// wall-clock, output or result-size overrun.
#pragma once

#include <cstdint>
#include <functional>

#include "core/protocol.hpp"
#include "job.hpp"
#include "result_seal.hpp"

namespace pyjudge::runner {

// `run_test` runs in the test process with stdout/stderr on capture pipes and
// the result pipe on kResultFd; it seals its result with the key it is given
// and must end the process itself (_exit).
using TestBody = std::function<void(const SealKey&)>;
protocol::TestRecord supervise_test(std::uint32_t index, const Limits& limits, const TestBody& run_test);

}  // namespace pyjudge::runner
