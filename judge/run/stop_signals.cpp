#include "judge/run/stop_signals.hpp"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace pyjudge::stop_signals {
namespace {

std::atomic<int> g_signal{0};
std::atomic<int> g_wake_read{-1};
int g_wake_write = -1;

static_assert(std::atomic<int>::is_always_lock_free, "the handler may only touch lock-free atomics");

extern "C" void on_signal(int number) {
  const int saved_errno = errno;
  int expected = 0;
  g_signal.compare_exchange_strong(expected, number);
  const char byte = 1;
  [[maybe_unused]] const auto ignored = ::write(g_wake_write, &byte, 1);
  errno = saved_errno;
}

}  // namespace

void install() {
  if (g_wake_read >= 0) return;
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC | O_NONBLOCK) != 0) throw std::runtime_error(std::string("cannot create a pipe: ") + std::strerror(errno));
  g_wake_write = fds[1];
  g_wake_read = fds[0];
  struct sigaction action {};
  action.sa_handler = on_signal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESTART;
  ::sigaction(SIGINT, &action, nullptr);
  ::sigaction(SIGTERM, &action, nullptr);
}

int received() { return g_signal.load(); }

int wake_fd() { return g_wake_read.load(); }

}  // namespace pyjudge::stop_signals
