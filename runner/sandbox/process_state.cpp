#include "runner/sandbox/process_state.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <climits>
#include <cstdlib>
#include <stdexcept>

namespace pyjudge::runner {

static void close_range_fds(unsigned first, unsigned last) {
  if (first > last) return;
  if (::syscall(SYS_close_range, first, last, 0) == 0) return;
  for (unsigned fd = first; fd <= last && fd < 65536; ++fd) ::close(static_cast<int>(fd));  // kernels before 5.9
}

void close_fds_except(std::initializer_list<int> keep) {
  unsigned next = 3;
  for (int fd : keep) {
    close_range_fds(next, static_cast<unsigned>(fd) - 1);
    next = static_cast<unsigned>(fd) + 1;
  }
  close_range_fds(next, UINT_MAX);
}

void reset_process_state(const std::string& scratch_dir) {
  ::clearenv();
  const int devnull = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
  if (devnull < 0 || ::dup2(devnull, 0) < 0) throw std::runtime_error("cannot redirect stdin to /dev/null");
  ::close(devnull);
  if (::chdir(scratch_dir.c_str()) != 0) throw std::runtime_error("cannot enter the scratch directory " + scratch_dir);
  ::umask(077);
}

}  // namespace pyjudge::runner
