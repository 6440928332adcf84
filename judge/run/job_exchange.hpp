// Sends one Job to a runner and collects the frames it answers with into a
// RunOutcome, under a deadline. Every frame is decoded strictly: a runner
// that breaks the protocol is killed and the outcome says why.
#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "judge/run/runner_process.hpp"
#include "protocol/job.hpp"
#include "protocol/messages.hpp"

namespace pyjudge {

struct RunOutcome {
  std::optional<protocol::Hello> hello;
  std::optional<protocol::SubmissionStatus> status;
  std::vector<std::optional<protocol::TestRecord>> records;  // one slot per test
  std::optional<protocol::EndOfSubmission> end;
  std::string failure;  // why the stream stopped early; empty when complete
};

// Told, from the thread running the job, whether the job's running tests all
// wait (true) or compute (false): false when the job starts, then at each
// Activity frame (docs/protocol.md).
using ActivityListener = std::function<void(bool waiting)>;

// Reads the runner's Hello into `hello` if it has not been read yet, then
// runs the job. On a failure the runner has been killed; on a stop signal it
// is killed and Interrupted is thrown.
RunOutcome exchange_job(RunnerProcess& runner, const protocol::Job& job, std::chrono::milliseconds deadline,
                        std::optional<protocol::Hello>& hello, const ActivityListener& on_activity = {});

}  // namespace pyjudge
