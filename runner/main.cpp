// pyjudge-runner: reads jobs on stdin, writes result frames on stdout.
// Started by the judge; not meant to be run by hand (see docs/protocol.md).
#include <fcntl.h>
#include <malloc.h>
#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

#include <cstdio>
#include <exception>

#include "runner/interpreter.hpp"
#include "runner/server.hpp"

int main(int, char** argv) {
  // One malloc arena: threads in a test must not reserve 64 MiB of address
  // space each against the memory limit.
  ::mallopt(M_ARENA_MAX, 1);
  ::signal(SIGPIPE, SIG_IGN);
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);  // a runner whose judge died has no one to report to
  // Move the protocol off stdio, so nothing printed by accident corrupts it.
  const int job_fd = ::fcntl(0, F_DUPFD_CLOEXEC, 10);
  const int result_fd = ::fcntl(1, F_DUPFD_CLOEXEC, 10);
  const int devnull = ::open("/dev/null", O_RDONLY);
  ::dup2(devnull, 0);
  ::close(devnull);
  ::dup2(2, 1);
  try {
    pyjudge::runner::start_interpreter(argv[0]);
    pyjudge::runner::serve(job_fd, result_fd);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "pyjudge-runner: %s\n", e.what());
    return 3;
  }
  return 0;
}
