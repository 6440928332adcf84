// SIGINT and SIGTERM as a request to stop, for the commands that handle them
// (grade, watch, check). The handler only records the first signal and makes
// a pipe readable, so that whoever is waiting wakes: a runner's answer
// (RunnerProcess throws Interrupted and kills its runner) or a file's save.
// Runners run in their own process group, so a Ctrl-C reaches the judge only.
#pragma once

namespace pyjudge::stop_signals {

// Installs the handlers (sigaction, once per process).
void install();
// 0, or the number of the first SIGINT/SIGTERM since install().
int received();
// Readable once a signal has arrived (never drained); -1 before install().
int wake_fd();

}  // namespace pyjudge::stop_signals
