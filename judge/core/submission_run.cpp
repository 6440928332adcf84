#include "submission_run.hpp"

#include <algorithm>
#include <cstdlib>
#include <nlohmann/json.hpp>

namespace pyjudge {

using nlohmann::json;
using wire::FrameType;

JobOptions JobOptions::from_environment() {
  JobOptions options;
  const char* require = std::getenv("PYJUDGE_REQUIRE_SANDBOX");
  options.require_sandbox = require && std::string(require) != "" && std::string(require) != "0";
  if (const char* disable = std::getenv("PYJUDGE_DISABLE_LAYERS")) {
    std::string list = disable;
    for (std::size_t start = 0; start <= list.size();) {
      const auto comma = std::min(list.find(',', start), list.size());
      if (comma > start) options.disable_layers.push_back(list.substr(start, comma - start));
      start = comma + 1;
    }
  }
  return options;
}

std::string job_json(const Exercise& ex, const std::string& source, const JobOptions& options) {
  json tests = json::array();
  for (const auto& t : ex.tests) {
    tests.push_back({{"name", t.name}, {"kind", t.kind}, {"code", t.code},
                     {"limits", {{"cpu_ms", t.limits.cpu_ms}, {"wall_ms", t.limits.wall_ms},
                                 {"memory_mb", t.limits.memory_mb}, {"output_kb", t.limits.output_kb}}}});
  }
  json job = {
      {"source", source},
      {"filename", ex.module + ".py"},
      {"module", ex.module},
      {"entry_points", ex.entry_points},
      {"rules", {{"forbid_imports", ex.rules.forbid_imports}, {"forbid_names", ex.rules.forbid_names},
                 {"require_generator", ex.rules.require_generator}, {"require_class", ex.rules.require_class},
                 {"max_source_bytes", ex.rules.max_source_bytes}}},
      {"tests", tests},
      {"require_sandbox", options.require_sandbox},
      {"disable_layers", options.disable_layers},
      {"parallel_tests", options.parallel_tests},
  };
  // Candidate text may hold invalid UTF-8: replace it rather than fail.
  return job.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::chrono::milliseconds job_deadline(const Exercise& ex) {
  std::chrono::milliseconds total{10000};  // start-up, imports, compilation
  for (const auto& t : ex.tests) total += std::chrono::milliseconds(t.limits.wall_ms + 1000);
  return total;
}

namespace {

void accept_frame(const wire::Frame& frame, RunOutcome& out, std::optional<protocol::Hello>& hello) {
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
    case FrameType::End: out.end = protocol::decode_end(frame.payload); break;
    case FrameType::Job: throw wire::DecodeError("a job frame from the runner");
  }
}

}  // namespace

RunOutcome run_submission(RunnerProcess& runner, const Exercise& ex, const std::string& source,
                          std::optional<protocol::Hello>& hello, const JobOptions& options) {
  RunOutcome out;
  out.records.resize(ex.tests.size());
  const auto deadline = RunnerProcess::Clock::now() + job_deadline(ex);
  try {
    runner.send(FrameType::Job, job_json(ex, source, options));
    while (!out.end) {
      auto frame = runner.next_frame(deadline);
      if (!frame) {
        runner.kill();
        out.failure = "the runner exited unexpectedly (" + runner.exit_description() + ")";
        break;
      }
      accept_frame(*frame, out, hello);
    }
  } catch (const wire::DecodeError& e) {
    runner.kill();
    out.failure = std::string("malformed data from the runner: ") + e.what();
  } catch (const RunnerFailure& e) {
    runner.kill();
    out.failure = e.what();
  }
  out.hello = hello;
  return out;
}

}  // namespace pyjudge
