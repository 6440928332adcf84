#include "runner_process.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/process/posix.hpp>
#include <cerrno>
#include <climits>
#include <cstdlib>

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

bp::child spawn(const std::filesystem::path& exe, const PipeFds& in, const PipeFds& out) {
  if (::access(exe.c_str(), X_OK) != 0) throw RunnerFailure("runner not found or not executable: " + exe.string());
  try {
    // Our pipe ends are O_CLOEXEC; only the bound stdin/stdout reach the runner.
    return bp::child(exe.string(), bp::posix::fd.bind(0, in.read), bp::posix::fd.bind(1, out.write));
  } catch (const std::exception& e) {
    throw RunnerFailure(std::string("cannot start the runner: ") + e.what());
  }
}

}  // namespace

RunnerProcess::RunnerProcess(const std::filesystem::path& executable) {
  const PipeFds in = make_pipe(), out = make_pipe();
  try {
    child_ = spawn(executable, in, out);
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
  if (to_runner_ >= 0) ::close(to_runner_);
  if (from_runner_ >= 0) ::close(from_runner_);
  kill();
}

void RunnerProcess::send(wire::FrameType type, const std::string& payload) {
  const std::string frame = wire::encode_frame(type, payload);
  std::string_view rest = frame;
  const auto old = ::signal(SIGPIPE, SIG_IGN);  // a dead runner must not kill the judge
  while (!rest.empty()) {
    const ssize_t n = ::write(to_runner_, rest.data(), rest.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      ::signal(SIGPIPE, old);
      throw RunnerFailure("the runner stopped reading its input");
    }
    rest.remove_prefix(static_cast<std::size_t>(n));
  }
  ::signal(SIGPIPE, old);
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

void RunnerProcess::kill() {
  std::error_code ec;
  if (child_.valid() && child_.running(ec)) child_.terminate(ec);
  if (child_.valid() && child_.joinable()) child_.wait(ec);
}

std::string RunnerProcess::exit_description() {
  std::error_code ec;
  if (child_.running(ec)) return "still running";
  const int native = child_.native_exit_code();
  if (WIFSIGNALED(native)) return "killed by signal " + std::to_string(WTERMSIG(native));
  return "exit status " + std::to_string(WEXITSTATUS(native));
}

std::filesystem::path default_runner_path() {
  if (const char* env = std::getenv("PYJUDGE_RUNNER"); env && *env) return env;
  char self[PATH_MAX];
  const ssize_t n = ::readlink("/proc/self/exe", self, sizeof self - 1);
  if (n <= 0) return "pyjudge-runner";
  self[n] = '\0';
  return std::filesystem::path(self).parent_path() / "pyjudge-runner";
}

}  // namespace pyjudge
