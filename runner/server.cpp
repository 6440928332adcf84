#include "runner/server.hpp"

#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <set>
#include <string>

#include "protocol/messages.hpp"
#include "runner/fd_io.hpp"
#include "runner/interpreter.hpp"
#include "protocol/job.hpp"
#include "runner/sandbox/layer_report.hpp"
#include "runner/sandbox/lockdown.hpp"
#include "runner/submission.hpp"
#include "runner/import_scan.hpp"
#include "runner/zygote.hpp"

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
              protocol::encode(protocol::SubmissionStatus{protocol::SubmissionStatus::Code::SetupFailed, message, 0, 0, {}, {}}));
  write_frame(result_fd, wire::FrameType::End, protocol::encode(protocol::EndOfSubmission{}));
}

// The launcher applies the first layers (having prepared, while the host's
// files are still in view, what the submission needs of them), then forks the
// submission process as pid 1 of the new pid namespace and ends with its status.
[[noreturn]] void run_launcher(const protocol::Job& job, const std::vector<std::string>& modules, int protocol_fd,
                               const std::string& scratch) {
  LayerReport report(std::set<std::string>(job.disable_layers.begin(), job.disable_layers.end()));
  PreparedSubmission prepared;
  try {
    reset_launcher(scratch, protocol_fd, report);
    prepared = prepare_submission(modules);
    isolate_launcher(scratch, report);
  } catch (const std::exception& e) {
    write_frame(protocol_fd, wire::FrameType::Submission,
                protocol::encode(protocol::SubmissionStatus{protocol::SubmissionStatus::Code::SetupFailed, e.what(), 0, 0, {}, {}}));
    ::_exit(1);
  }
  const pid_t submission = fork_with_python();
  if (submission == 0) {
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    run_submission_process(job, prepared, protocol_fd, report);
  }
  ::close(protocol_fd);
  int status = 0;
  if (submission > 0) ::waitpid(submission, &status, 0);
  ::_exit(submission > 0 && WIFEXITED(status) ? WEXITSTATUS(status) : 1);
}

// Forwards whole frames only, so a submission process that dies mid-frame
// cannot desynchronise the stream the judge reads.
void relay_frames(int from_fd, int to_fd, pid_t launcher) {
  for (;;) {
    auto frame = read_frame(from_fd);
    if (!frame) break;  // EOF (the submission has finished) or a framing error
    if (!write_frame(to_fd, frame->type, frame->payload)) {
      ::kill(launcher, SIGKILL);  // the judge is gone: stop the submission
      return;
    }
  }
}

// Runs one job in a launcher forked from this process (the server, or a
// zygote: then `job_fd` is -1, the job stream being the server's alone).
void run_job(const protocol::Job& job, const std::vector<std::string>& modules, int job_fd, int result_fd) {
  const std::string scratch = make_scratch_dir();
  int pipe_fds[2];
  if (::pipe(pipe_fds) != 0) return send_setup_failure(result_fd, "cannot create a pipe");
  const pid_t pid = fork_with_python();
  if (pid == 0) {
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    ::prctl(PR_SET_NAME, "pyjudge-runner");  // a zygote's launcher goes by the runner's name
    ::close(pipe_fds[0]);
    ::close(job_fd);
    ::close(result_fd);
    run_launcher(job, modules, pipe_fds[1], scratch);
  }
  ::close(pipe_fds[1]);
  if (pid > 0) relay_frames(pipe_fds[0], result_fd, pid);  // then the launcher reaps the submission and exits
  ::close(pipe_fds[0]);
  int status = 0;
  if (pid > 0) ::waitpid(pid, &status, 0);
  std::error_code ignored;
  std::filesystem::remove_all(scratch, ignored);  // before End: once the judge has End, nothing is left behind
  protocol::EndOfSubmission end{pid < 0 || WIFSIGNALED(status), pid < 0 ? -1 : (WIFSIGNALED(status) ? WTERMSIG(status) : WEXITSTATUS(status))};
  write_frame(result_fd, wire::FrameType::End, protocol::encode(end));
}

void handle_job(const std::string& payload, int job_fd, int result_fd, ImportScan& scan, ZygoteCache& zygotes) {
  protocol::Job job;
  std::vector<std::string> modules;
  try {
    job = protocol::decode_job(payload);
    modules = scan.modules_of(job);
  } catch (const std::exception& e) {
    return send_setup_failure(result_fd, e.what());
  }
  if (Zygote* zygote = zygotes.for_modules(modules)) {
    if (zygote->handle(payload)) return;
    // It died in the middle of the job, and what it sent the judge of it
    // cannot be taken back: end here, and the judge retries on a fresh runner.
    ::_exit(1);
  }
  run_job(job, modules, job_fd, result_fd);  // no zygote could start: the server runs it itself
}

}  // namespace

void serve(int job_fd, int result_fd) {
  prepare_layers();
  write_frame(result_fd, wire::FrameType::Hello, protocol::encode(protocol::Hello{protocol::kProtocolVersion, python_version()}));
  ImportScan scan;
  ZygoteCache zygotes(
      [result_fd](const std::string& payload, const std::vector<std::string>& modules) {
        run_job(protocol::decode_job(payload), modules, -1, result_fd);
      },
      {job_fd});
  while (auto frame = read_frame(job_fd)) {
    if (frame->type != wire::FrameType::Job) break;
    handle_job(frame->payload, job_fd, result_fd, scan, zygotes);
  }
}

}  // namespace pyjudge::runner
