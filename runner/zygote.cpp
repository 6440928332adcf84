#include "runner/zygote.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

#include "runner/fd_io.hpp"
#include "runner/interpreter.hpp"
#include "runner/submission.hpp"

namespace pyjudge::runner {
namespace {

constexpr char kDone = 'd';

// In the zygote: import, then handle the server's jobs until it closes the
// pipe. Nothing may unwind out of here into the server's code it was forked in.
[[noreturn]] void serve_as_zygote(const std::vector<std::string>& modules, const JobHandler& handle, int from_server,
                                  int to_server) noexcept {
  ::prctl(PR_SET_NAME, "pyjudge-zygote");
  try {
    import_modules(modules);
    while (auto frame = read_frame(from_server)) {
      handle(frame->payload, modules);
      if (!write_all(to_server, std::string_view(&kDone, 1))) break;
    }
  } catch (...) {
    ::_exit(1);  // the server sees no answer, and ends (server.cpp)
  }
  ::_exit(0);
}

}  // namespace

std::unique_ptr<Zygote> Zygote::start(const std::vector<std::string>& modules, const JobHandler& handle,
                                      const std::vector<int>& server_fds) {
  int down[2], up[2];
  if (::pipe2(down, O_CLOEXEC) != 0) return nullptr;
  if (::pipe2(up, O_CLOEXEC) != 0) {
    ::close(down[0]);
    ::close(down[1]);
    return nullptr;
  }
  const pid_t server = ::getpid();
  const pid_t pid = fork_with_python();
  if (pid == 0) {
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != server) ::_exit(0);  // the server is gone already
    ::close(down[1]);
    ::close(up[0]);
    for (int fd : server_fds) ::close(fd);
    serve_as_zygote(modules, handle, down[0], up[1]);
  }
  ::close(down[0]);
  ::close(up[1]);
  if (pid < 0) {
    ::close(down[1]);
    ::close(up[0]);
    return nullptr;
  }
  return std::unique_ptr<Zygote>(new Zygote(pid, down[1], up[0]));
}

Zygote::~Zygote() {
  ::close(to_);
  ::close(from_);
  ::kill(pid_, SIGKILL);
  while (::waitpid(pid_, nullptr, 0) < 0 && errno == EINTR) {
  }
}

bool Zygote::handle(const std::string& payload) {
  if (!write_frame(to_, wire::FrameType::Job, payload)) return false;
  char answer = 0;
  ssize_t n;
  while ((n = ::read(from_, &answer, 1)) < 0 && errno == EINTR) {
  }
  return n == 1 && answer == kDone;
}

Zygote* ZygoteCache::for_modules(const std::vector<std::string>& modules) {
  auto it = std::find_if(entries_.begin(), entries_.end(), [&](const Entry& e) { return e.modules == modules; });
  if (it != entries_.end()) {
    entries_.splice(entries_.begin(), entries_, it);
    return entries_.front().zygote.get();
  }
  if (entries_.size() >= kMaxZygotes) entries_.pop_back();  // kills the least recently used
  std::unique_ptr<Zygote> zygote = Zygote::start(modules, handle_, fds_);
  if (!zygote) return nullptr;
  entries_.push_front({modules, std::move(zygote)});
  return entries_.front().zygote.get();
}

}  // namespace pyjudge::runner
