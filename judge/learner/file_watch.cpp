#include "judge/learner/file_watch.hpp"

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

#include "judge/run/stop_signals.hpp"

namespace pyjudge {

FileWatch::FileWatch(const std::filesystem::path& file) : name_(file.filename().string()) {
  stop_signals::install();
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

bool FileWatch::interrupted() { return stop_signals::received() != 0; }

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
    if (interrupted()) return Event::Interrupted;
    pollfd fds[2] = {{inotify_, POLLIN, 0}, {stop_signals::wake_fd(), POLLIN, 0}};
    const int rc = ::poll(fds, 2, changed ? static_cast<int>(settle.count()) : -1);
    if (rc < 0 && errno != EINTR) throw std::runtime_error(std::string("poll failed: ") + std::strerror(errno));
    if (interrupted()) return Event::Interrupted;
    if (rc == 0 && changed) return Event::Saved;  // quiet for `settle`: the save is complete
    if (rc > 0 && (fds[0].revents & POLLIN) && drain_matching()) changed = true;
  }
}

}  // namespace pyjudge
