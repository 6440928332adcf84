// The submission process: imports what the submission needs, locks itself
// down, compiles the candidate and the test drivers, checks static rules, then
// supervises one test process per test. It never executes candidate code
// itself, so what it measures and reports cannot be tampered with.
#pragma once

#include <string>

#include "protocol/job.hpp"
#include "runner/sandbox/layer_report.hpp"

namespace pyjudge::runner {

// `report` holds the layers the launcher applied; this process adds its own.
[[noreturn]] void run_submission_process(const protocol::Job& job, int protocol_fd, LayerReport report);

}  // namespace pyjudge::runner
