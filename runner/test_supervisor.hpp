// Sandbox layer: the supervisor. Forks one test process, measures it from
// outside (DESIGN.md invariant 4) and kills its whole process group on a CPU,
// wall-clock, output or result-size overrun.
#pragma once

#include <cstdint>
#include <functional>

#include "core/protocol.hpp"
#include "job.hpp"

namespace pyjudge::runner {

// `run_test` runs in the test process with stdout/stderr on capture pipes and
// the result pipe on kResultFd; it must end the process itself (_exit).
protocol::TestRecord supervise_test(std::uint32_t index, const Limits& limits, const std::function<void()>& run_test);

}  // namespace pyjudge::runner
