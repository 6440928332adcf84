#include "judge/run/job_exchange.hpp"

namespace pyjudge {

using wire::FrameType;

namespace {

void accept_frame(const wire::Frame& frame, RunOutcome& out, std::optional<protocol::Hello>& hello,
                  const ActivityListener& on_activity) {
  switch (frame.type) {
    case FrameType::Hello:
      if (hello) throw wire::DecodeError("a second hello from the runner");
      hello = protocol::decode_hello(frame.payload);
      break;
    case FrameType::Submission:
      if (out.status) throw wire::DecodeError("a second submission status");
      out.status = protocol::decode_submission_status(frame.payload);
      break;
    case FrameType::TestRecord: {
      auto record = protocol::decode_test_record(frame.payload);
      if (!out.status || out.status->code != protocol::SubmissionStatus::Code::Ready)
        throw wire::DecodeError("a test record before the submission was ready");
      if (record.index >= out.records.size()) throw wire::DecodeError("a record for test #" + std::to_string(record.index) + ", which does not exist");
      if (out.records[record.index]) throw wire::DecodeError("a second record for test #" + std::to_string(record.index));
      out.records[record.index] = std::move(record);
      break;
    }
    case FrameType::Activity: {
      const auto activity = protocol::decode_activity(frame.payload);
      if (!out.status || out.status->code != protocol::SubmissionStatus::Code::Ready)
        throw wire::DecodeError("an activity frame before the submission was ready");
      if (on_activity) on_activity(activity.waiting);
      break;
    }
    case FrameType::End: out.end = protocol::decode_end(frame.payload); break;
    case FrameType::Job: throw wire::DecodeError("a job frame from the runner");
  }
}

}  // namespace

RunOutcome exchange_job(RunnerProcess& runner, const protocol::Job& job, std::chrono::milliseconds deadline,
                        std::optional<protocol::Hello>& hello, const ActivityListener& on_activity) {
  if (on_activity) on_activity(false);  // a job computes until its runner says otherwise
  RunOutcome out;
  out.records.resize(job.tests.size());
  const auto until = RunnerProcess::Clock::now() + deadline;
  try {
    runner.send(FrameType::Job, protocol::encode_job(job));
    while (!out.end) {
      auto frame = runner.next_frame(until);
      if (!frame) {
        runner.kill();
        out.failure = "the runner exited unexpectedly (" + runner.exit_description() + ")";
        break;
      }
      accept_frame(*frame, out, hello, on_activity);
    }
  } catch (const wire::DecodeError& e) {
    runner.kill();
    out.failure = std::string("malformed data from the runner: ") + e.what();
  } catch (const RunnerFailure& e) {
    runner.kill();
    out.failure = e.what();
  } catch (const Interrupted&) {
    runner.kill();  // the job is abandoned, not failed: no retry, no verdict
    throw;
  }
  out.hello = hello;
  return out;
}

}  // namespace pyjudge
