#include "judge/run/runner_session.hpp"

#include "judge/errors.hpp"
#include "judge/grading/assign_verdicts.hpp"
#include "judge/source/submission_source.hpp"

namespace pyjudge {
namespace {

// What `doctor` and `grade` run before anything else: one trivial test.
Exercise probe_exercise() {
  Exercise ex;
  ex.slug = "sandbox-probe";
  ex.module = "sandbox_probe";
  TestCase test;
  test.name = "the sandbox runs Python";
  test.title = {test.name, ""};
  test.kind = "call";
  test.code = "sum(range(10))";
  test.expect = Value::of_int(45);
  ex.tests.push_back(test);
  return ex;
}

// A second failure is the judge's: the verdict is internal_error whatever the
// records that did arrive say (invariant 7, docs/architecture.md).
void blame_the_judge(SubmissionResult& result, const std::string& failure) {
  result.verdict = Verdict::InternalError;
  result.message = "the runner failed twice on this submission (last: " + failure + ")";
}

}  // namespace

RunnerSession::RunnerSession(std::filesystem::path runner, JobOptions options, SessionPolicy policy)
    : runner_path_(std::move(runner)), options_(std::move(options)), policy_(policy) {}

RunnerSession::~RunnerSession() = default;

void RunnerSession::start_runner() noexcept {
  try {
    ensure_runner();
  } catch (const std::exception&) {
  }
}

void RunnerSession::stop_runner() {
  runner_.reset();
  hello_.reset();
}

void RunnerSession::ensure_runner() {
  if (runner_) return;
  runner_ = std::make_unique<RunnerProcess>(runner_path_);
  hello_.reset();
}

RunOutcome RunnerSession::exchange(const Exercise& exercise, const std::string& source, const JobOptions& options) {
  ensure_runner();
  RunOutcome outcome;
  try {
    outcome = exchange_job(*runner_, make_job(exercise, source, options), job_deadline(exercise), hello_, on_activity_);
  } catch (const Interrupted&) {
    stop_runner();  // killed already; its scratch folder goes with it
    throw;
  }
  if (!outcome.failure.empty()) stop_runner();  // it was killed: the next run starts a fresh one
  return outcome;
}

// As exchange, but a runner that cannot start is a failed outcome, not an exception.
RunOutcome RunnerSession::exchange_or_failure(const Exercise& exercise, const std::string& source) {
  try {
    return exchange(exercise, source, options_);
  } catch (const RunnerFailure& e) {
    RunOutcome failed;
    failed.records.resize(exercise.tests.size());
    failed.failure = e.what();
    return failed;
  }
}

// One exchange, and a second one on a fresh runner when the policy says so;
// `retried` says why there was a second one.
RunOutcome RunnerSession::exchange_under_policy(const Exercise& exercise, const std::string& source, std::string& retried) {
  if (!policy_.retry_dead_runner) return exchange(exercise, source, options_);
  RunOutcome outcome = exchange_or_failure(exercise, source);
  if (outcome.failure.empty()) return outcome;
  retried = "the runner failed (" + outcome.failure + "); run again on a fresh runner";
  return exchange_or_failure(exercise, source);
}

// Runs the tests the host starved once more, on their own, and puts their new
// records in place; `reasons[i]` says why test i ran again.
void RunnerSession::rerun_starved_tests(const Exercise& exercise, const std::string& source, RunOutcome& outcome,
                                        std::vector<std::string>& reasons) {
  std::vector<std::size_t> starved;
  for (std::size_t i = 0; i < outcome.records.size(); ++i)
    if (outcome.records[i] && outcome.records[i]->kill == protocol::TestRecord::Kill::Starved) starved.push_back(i);
  if (starved.empty() || !policy_.rerun_starved) return;
  Exercise subset = exercise;
  subset.tests.clear();
  for (std::size_t i : starved) {
    subset.tests.push_back(exercise.tests[i]);
    const auto& first = *outcome.records[i];
    reasons[i] = "the host starved it of CPU (" + std::to_string(first.cpu_us / 1000) + " ms of CPU in " +
                 std::to_string(first.wall_us / 1000) + " ms)";
  }
  const RunOutcome again = exchange_or_failure(subset, source);
  for (std::size_t k = 0; k < starved.size(); ++k) {
    if (!again.records[k]) continue;  // keep the starved record: internal_error
    protocol::TestRecord record = *again.records[k];
    record.index = static_cast<std::uint32_t>(starved[k]);
    if (record.end == protocol::TestRecord::End::Skipped) record.skipped_for = static_cast<std::uint32_t>(starved[record.skipped_for]);
    outcome.records[starved[k]] = std::move(record);
  }
}

SubmissionResult RunnerSession::run_once(const Exercise& exercise, const std::string& file_bytes, const std::string& solution_name) {
  const PreparedSource prepared = prepare_source(exercise, file_bytes, file_bytes.size());
  if (prepared.stop) return stopped_before_running(exercise, *prepared.stop, solution_name, hello_ ? hello_->python_version : "");
  const std::string& source = prepared.text;
  std::string retried;
  RunOutcome outcome = exchange_under_policy(exercise, source, retried);
  std::vector<std::string> reruns(exercise.tests.size());
  if (outcome.failure.empty()) rerun_starved_tests(exercise, source, outcome, reruns);
  SubmissionResult result = assign_verdicts(exercise, outcome, solution_name, source);
  result.retried = retried;
  for (std::size_t i = 0; i < result.tests.size() && i < reruns.size(); ++i) result.tests[i].rerun = reruns[i];
  if (!retried.empty() && !outcome.failure.empty()) blame_the_judge(result, outcome.failure);
  return result;
}

RunSeries RunnerSession::run(const Exercise& exercise, const std::string& source, const std::string& solution_name,
                             std::size_t min_runs) {
  return run_series([&] { return run_once(exercise, source, solution_name); }, min_runs);
}

SubmissionResult RunnerSession::probe() {
  const Exercise probe = probe_exercise();
  JobOptions lenient = options_;
  lenient.require_sandbox = false;  // report the layers rather than refuse
  const RunOutcome outcome = exchange(probe, "", lenient);
  if (!outcome.failure.empty()) throw RunnerFailure(outcome.failure);
  return assign_verdicts(probe, outcome, "<probe>");
}

}  // namespace pyjudge
