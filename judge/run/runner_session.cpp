#include "judge/run/runner_session.hpp"

#include "judge/errors.hpp"
#include "judge/grading/assign_verdicts.hpp"
#include "judge/run/test_reruns.hpp"
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

// Runs the tests whose first run left their verdict in doubt once more
// (test_reruns.hpp) and puts what that settled in place; `reasons[i]` says
// why test i ran again.
void RunnerSession::rerun_doubtful_tests(const Exercise& exercise, const std::string& source, const std::string& solution_name,
                                         RunOutcome& outcome, std::vector<std::string>& reasons) {
  const std::vector<Rerun> reruns = tests_to_rerun(exercise, outcome);
  if (reruns.empty() || !policy_.rerun_doubtful) return;
  for (const Rerun& rerun : reruns) reasons[rerun.index] = rerun.reason;
  const Exercise subset = rerun_exercise(exercise, reruns);
  const RunOutcome again = exchange_or_failure(subset, source);
  settle_reruns(reruns, again, assign_verdicts(subset, again, solution_name, source).tests, outcome);
}

SubmissionResult RunnerSession::run_once(const Exercise& exercise, const std::string& file_bytes, const std::string& solution_name) {
  const PreparedSource prepared = prepare_source(exercise, file_bytes, file_bytes.size());
  if (prepared.stop) return stopped_before_running(exercise, *prepared.stop, solution_name, hello_ ? hello_->python_version : "");
  const std::string& source = prepared.text;
  std::string retried;
  RunOutcome outcome = exchange_under_policy(exercise, source, retried);
  std::vector<std::string> reruns(exercise.tests.size());
  if (outcome.failure.empty()) rerun_doubtful_tests(exercise, source, solution_name, outcome, reruns);
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
