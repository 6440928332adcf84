// The submission process: imports what the submission needs, locks itself
// down, compiles the candidate and the test drivers, checks static rules, then
// supervises one test process per test. It never executes candidate code
// itself, so what it measures and reports cannot be tampered with.
#pragma once

#include <string>
#include <vector>

#include "protocol/job.hpp"
#include "runner/sandbox/landlock.hpp"
#include "runner/sandbox/layer_report.hpp"
#include "runner/supervisor.hpp"

namespace pyjudge::runner {

// What the submission needs from the host's filesystem, prepared in the
// launcher before the private root leaves only what the interpreter needs:
// the modules it will import, its memory baseline and the Landlock paths
// (both read from /proc).
struct PreparedSubmission {
  MemoryStatus baseline;
  LandlockPaths paths;
};
// `modules`: what the job imports (import_scan.hpp).
PreparedSubmission prepare_submission(const std::vector<std::string>& modules);

// Imports `modules`, as a launcher does before any sandbox layer (a zygote too).
void import_modules(const std::vector<std::string>& modules);

// `report` holds the layers the launcher applied; this process adds its own.
[[noreturn]] void run_submission_process(const protocol::Job& job, const PreparedSubmission& prepared, int protocol_fd,
                                         LayerReport report);

}  // namespace pyjudge::runner
