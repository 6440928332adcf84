#include "judge/run/runner_process.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/process/child.hpp>
#include <boost/process/env.hpp>
#include <boost/process/environment.hpp>
#include <boost/process/posix.hpp>
#include <cerrno>
#include <cstdlib>

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
// paths, CI secrets) may reach the embedded interpreter. TMPDIR alone is kept,
// for the scratch directories.
bp::environment runner_environment() {
  bp::environment env;
  if (const char* tmp = std::getenv("TMPDIR"); tmp && *tmp) env["TMPDIR"] = tmp;
  return env;
}

pid_t spawn(const std::filesystem::path& exe, const PipeFds& in, const PipeFds& out) {
  if (::access(exe.c_str(), X_OK) != 0) throw RunnerFailure("runner not found or not executable: " + exe.string());
  try {
    // Our pipe ends are O_CLOEXEC; only the bound stdin/stdout reach the runner.
    bp::child child(exe.string(), runner_environment(), bp::posix::fd.bind(0, in.read), bp::posix::fd.bind(1, out.write));
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
  const PipeFds in = make_pipe(), out = make_pipe();
  try {
    pid_ = spawn(executable, in, out);
  } catch (...) {
    for (int fd : {in.read, in.write, out.read, out.write}) ::close(fd);
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
    pollfd p{from_runner_, POLLIN, 0};
    const int rc = ::poll(&p, 1, static_cast<int>(std::min<long long>(left, INT_MAX)));
    if (rc < 0 && errno == EINTR) continue;
    if (rc <= 0) continue;
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
