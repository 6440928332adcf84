#include "server.hpp"

#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "core/protocol.hpp"
#include "fd_io.hpp"
#include "interpreter.hpp"
#include "job.hpp"
#include "lockdown.hpp"
#include "submission.hpp"

namespace pyjudge::runner {
namespace {

std::string make_scratch_dir() {
  const char* tmp = std::getenv("TMPDIR");
  std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/pyjudge-XXXXXX";
  if (!::mkdtemp(pattern.data())) throw std::runtime_error("cannot create a scratch directory");
  return pattern;
}

void send_setup_failure(int result_fd, const std::string& message) {
  write_frame(result_fd, wire::FrameType::Submission,
              protocol::encode(protocol::SubmissionStatus{protocol::SubmissionStatus::Code::SetupFailed, message, 0, 0}));
  write_frame(result_fd, wire::FrameType::End, protocol::encode(protocol::EndOfSubmission{}));
}

// Forwards whole frames only, so a submission process that dies mid-frame
// cannot desynchronise the stream the judge reads.
void relay_frames(int from_fd, int to_fd, pid_t submission) {
  while (auto frame = read_frame(from_fd)) {
    if (!write_frame(to_fd, frame->type, frame->payload)) break;
  }
  ::kill(submission, SIGKILL);  // at EOF it has finished; on a framing error it is stopped
}

void handle_job(const std::string& payload, int job_fd, int result_fd) {
  Job job;
  try {
    job = parse_job(payload);
  } catch (const std::exception& e) {
    return send_setup_failure(result_fd, e.what());
  }
  const std::string scratch = make_scratch_dir();
  int pipe_fds[2];
  if (::pipe(pipe_fds) != 0) return send_setup_failure(result_fd, "cannot create a pipe");
  const pid_t pid = fork_with_python();
  if (pid == 0) {
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    ::close(pipe_fds[0]);
    ::close(job_fd);
    ::close(result_fd);
    run_submission(job, pipe_fds[1], scratch);
  }
  ::close(pipe_fds[1]);
  if (pid > 0) relay_frames(pipe_fds[0], result_fd, pid);
  ::close(pipe_fds[0]);
  int status = 0;
  if (pid > 0) ::waitpid(pid, &status, 0);
  std::error_code ignored;
  std::filesystem::remove_all(scratch, ignored);  // before End: once the judge has End, nothing is left behind
  protocol::EndOfSubmission end{pid < 0 || WIFSIGNALED(status), pid < 0 ? -1 : (WIFSIGNALED(status) ? WTERMSIG(status) : WEXITSTATUS(status))};
  write_frame(result_fd, wire::FrameType::End, protocol::encode(end));
}

}  // namespace

void serve(int job_fd, int result_fd) {
  write_frame(result_fd, wire::FrameType::Hello, protocol::encode(protocol::Hello{protocol::kProtocolVersion, python_version(), active_layers()}));
  while (auto frame = read_frame(job_fd)) {
    if (frame->type != wire::FrameType::Job) break;
    handle_job(frame->payload, job_fd, result_fd);
  }
}

}  // namespace pyjudge::runner
