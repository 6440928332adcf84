#include "judge/run/runner_process.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/process/child.hpp>
#include <boost/process/env.hpp>
#include <boost/process/environment.hpp>
#include <boost/process/extend.hpp>
#include <boost/process/posix.hpp>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <thread>

#include "judge/run/stop_signals.hpp"

#include "judge/install/layout.hpp"

namespace pyjudge {
namespace bp = boost::process;

namespace {

struct PipeFds {
  int read = -1, write = -1;
};

PipeFds make_pipe() {
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) throw RunnerFailure("cannot create a pipe to the runner");
  return {fds[0], fds[1]};
}

// The runner gets an empty environment: nothing of the judge's (tokens,
// paths, CI secrets) may reach the embedded interpreter. TMPDIR alone is set:
// the runner's own scratch parent, where it makes its submissions' scratch dirs.
bp::environment runner_environment(const std::filesystem::path& scratch_parent) {
  bp::environment env;
  env["TMPDIR"] = scratch_parent.string();
  return env;
}

// $TMPDIR/pyjudge-runner-XXXXXX: the judge removes it when the runner is gone,
// with whatever a runner killed in the middle of a job left in it.
std::filesystem::path make_scratch_parent() {
  const char* tmp = std::getenv("TMPDIR");
  std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/pyjudge-runner-XXXXXX";
  if (!::mkdtemp(pattern.data()))
    throw RunnerFailure("cannot create a scratch folder for the runner in " + pattern.substr(0, pattern.rfind('/')) + ": " +
                        std::strerror(errno));
  return pattern;
}

// Test processes that die with their runner may still be writing for a moment.
void remove_scratch_parent(const std::filesystem::path& dir) {
  for (int attempt = 0; attempt < 20; ++attempt) {
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
    if (!ec) return;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
}

pid_t spawn(const std::filesystem::path& exe, const PipeFds& in, const PipeFds& out, const std::filesystem::path& scratch_parent) {
  if (::access(exe.c_str(), X_OK) != 0) throw RunnerFailure("runner not found or not executable: " + exe.string());
  try {
    // Our pipe ends are O_CLOEXEC; only the bound stdin/stdout reach the runner.
    // Its own process group: a Ctrl-C on the terminal is the judge's to handle
    // (it stops the runner itself), never the runner's.
    bp::child child(exe.string(), runner_environment(scratch_parent), bp::posix::fd.bind(0, in.read),
                    bp::posix::fd.bind(1, out.write), bp::extend::on_exec_setup([](auto&) { ::setpgid(0, 0); }));
    const pid_t pid = child.id();
    child.detach();  // we reap it ourselves (waitpid), with a deadline
    return pid;
  } catch (const std::exception& e) {
    throw RunnerFailure(std::string("cannot start the runner: ") + e.what());
  }
}

}  // namespace

RunnerProcess::RunnerProcess(const std::filesystem::path& executable) {
  // A write to a dead runner must fail with EPIPE, never kill the judge. Set
  // once for the process: toggling it around each write races between threads.
  static const bool sigpipe_ignored = (::signal(SIGPIPE, SIG_IGN), true);
  (void)sigpipe_ignored;
  scratch_parent_ = make_scratch_parent();
  PipeFds in, out;
  try {
    in = make_pipe();
    out = make_pipe();
    pid_ = spawn(executable, in, out, scratch_parent_);
  } catch (...) {
    for (int fd : {in.read, in.write, out.read, out.write})
      if (fd >= 0) ::close(fd);
    remove_scratch_parent(scratch_parent_);
    throw;
  }
  ::close(in.read);
  ::close(out.write);
  to_runner_ = in.write;
  from_runner_ = out.read;
}

RunnerProcess::~RunnerProcess() {
  shut_down(std::chrono::milliseconds(2000));
  if (from_runner_ >= 0) ::close(from_runner_);
  remove_scratch_parent(scratch_parent_);
}

void RunnerProcess::send(wire::FrameType type, const std::string& payload) {
  const std::string frame = wire::encode_frame(type, payload);
  std::string_view rest = frame;
  while (!rest.empty()) {
    const ssize_t n = ::write(to_runner_, rest.data(), rest.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) throw RunnerFailure("the runner stopped reading its input");
    rest.remove_prefix(static_cast<std::size_t>(n));
  }
}

std::optional<wire::Frame> RunnerProcess::next_frame(Clock::time_point deadline) {
  for (;;) {
    if (auto frame = decoder_.next()) return frame;
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    if (left <= 0) throw RunnerFailure("the runner did not answer in time");
    if (const int signal = stop_signals::received()) throw Interrupted(signal);
    pollfd p[2] = {{from_runner_, POLLIN, 0}, {stop_signals::wake_fd(), POLLIN, 0}};  // fd -1 is not polled
    const int rc = ::poll(p, 2, static_cast<int>(std::min<long long>(left, INT_MAX)));
    if (rc < 0 && errno == EINTR) continue;
    if (rc <= 0 || !(p[0].revents & (POLLIN | POLLHUP | POLLERR))) continue;
    char buf[65536];
    const ssize_t n = ::read(from_runner_, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      if (decoder_.has_partial_data()) throw wire::DecodeError("the runner's output ends inside a frame");
      return std::nullopt;
    }
    decoder_.feed(std::string_view(buf, static_cast<std::size_t>(n)));
  }
}

bool RunnerProcess::reap(bool block) {
  if (reaped_ || pid_ <= 0) return true;
  pid_t got;
  do got = ::waitpid(pid_, &wait_status_, block ? 0 : WNOHANG);
  while (got < 0 && errno == EINTR);
  reaped_ = got == pid_ || (got < 0 && errno == ECHILD);
  return reaped_;
}

void RunnerProcess::kill() {
  if (pid_ > 0 && !reap(false)) {
    ::kill(pid_, SIGKILL);
    reap(true);
  }
}

void RunnerProcess::shut_down(std::chrono::milliseconds grace) {
  if (to_runner_ >= 0) {
    ::close(to_runner_);  // end of input: the runner finishes its loop and exits
    to_runner_ = -1;
  }
  const auto deadline = Clock::now() + grace;
  while (!reap(false) && Clock::now() < deadline) ::usleep(1000);
  kill();
}

std::string RunnerProcess::exit_description() {
  if (!reap(false)) return "still running";
  if (WIFSIGNALED(wait_status_)) return "killed by signal " + std::to_string(WTERMSIG(wait_status_));
  return "exit status " + std::to_string(WEXITSTATUS(wait_status_));
}

std::filesystem::path default_runner_path() { return locate_runner().path; }

}  // namespace pyjudge
