#include "judge/learner/file_watch.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace pyjudge {
namespace {

std::atomic<bool> g_interrupted{false};
int g_wake_pipe[2] = {-1, -1};

extern "C" void on_signal(int) {
  g_interrupted = true;
  const char byte = 1;
  [[maybe_unused]] auto ignored = ::write(g_wake_pipe[1], &byte, 1);
}

// Handlers, not a blocked signal mask: a mask would be inherited by the runner.
void install_handlers() {
  if (g_wake_pipe[0] >= 0) return;
  if (::pipe2(g_wake_pipe, O_CLOEXEC | O_NONBLOCK) != 0) throw std::runtime_error("cannot create a pipe");
  struct sigaction action {};
  action.sa_handler = on_signal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESTART;
  ::sigaction(SIGINT, &action, nullptr);
  ::sigaction(SIGTERM, &action, nullptr);
}

}  // namespace

FileWatch::FileWatch(const std::filesystem::path& file) : name_(file.filename().string()) {
  install_handlers();
  const auto dir = file.has_parent_path() ? file.parent_path() : std::filesystem::path(".");
  inotify_ = ::inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
  if (inotify_ < 0) throw std::runtime_error(std::string("cannot start inotify: ") + std::strerror(errno));
  if (::inotify_add_watch(inotify_, dir.c_str(), IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE) < 0) {
    const std::string why = std::strerror(errno);
    ::close(inotify_);
    throw std::runtime_error("cannot watch " + dir.string() + ": " + why);
  }
}

FileWatch::~FileWatch() {
  if (inotify_ >= 0) ::close(inotify_);
}

bool FileWatch::interrupted() { return g_interrupted; }

bool FileWatch::drain_matching() {
  bool matched = false;
  alignas(inotify_event) char buf[8192];
  for (;;) {
    const ssize_t n = ::read(inotify_, buf, sizeof buf);
    if (n <= 0) return matched;  // EAGAIN: nothing more for now
    for (ssize_t at = 0; at < n;) {
      const auto* event = reinterpret_cast<const inotify_event*>(buf + at);
      if (event->len > 0 && name_ == event->name) matched = true;
      at += static_cast<ssize_t>(sizeof(inotify_event) + event->len);
    }
  }
}

FileWatch::Event FileWatch::wait(std::chrono::milliseconds settle) {
  bool changed = false;
  for (;;) {
    if (g_interrupted) return Event::Interrupted;
    pollfd fds[2] = {{inotify_, POLLIN, 0}, {g_wake_pipe[0], POLLIN, 0}};
    const int rc = ::poll(fds, 2, changed ? static_cast<int>(settle.count()) : -1);
    if (rc < 0 && errno != EINTR) throw std::runtime_error(std::string("poll failed: ") + std::strerror(errno));
    if (g_interrupted) return Event::Interrupted;
    if (rc == 0 && changed) return Event::Saved;  // quiet for `settle`: the save is complete
    if (rc > 0 && (fds[0].revents & POLLIN) && drain_matching()) changed = true;
  }
}

}  // namespace pyjudge
