// The warm runner's main loop: reads Job frames, forks one submission process
// per job, relays its frames to the judge and reports how it ended.
#pragma once

namespace pyjudge::runner {

void serve(int job_fd, int result_fd);

}  // namespace pyjudge::runner
