#include "judge/run/runner_session.hpp"

#include <fstream>
#include <sstream>

#include "judge/errors.hpp"
#include "judge/grading/assign_verdicts.hpp"

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
  RunOutcome outcome = exchange_job(*runner_, make_job(exercise, source, options), job_deadline(exercise), hello_);
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

SubmissionResult RunnerSession::run_once(const Exercise& exercise, const std::string& source, const std::string& solution_name) {
  if (!policy_.retry_dead_runner) return assign_verdicts(exercise, exchange(exercise, source, options_), solution_name);
  RunOutcome outcome = exchange_or_failure(exercise, source);
  if (!outcome.failure.empty()) outcome = exchange_or_failure(exercise, source);  // on a fresh runner
  SubmissionResult result = assign_verdicts(exercise, outcome, solution_name);
  if (!outcome.failure.empty()) blame_the_judge(result, outcome.failure);
  return result;
}

RunSeries RunnerSession::run(const Exercise& exercise, const std::string& source, const std::string& solution_name,
                             std::size_t min_runs) {
  return run_series(exercise, [&] { return run_once(exercise, source, solution_name); }, min_runs,
                    policy_.rerun_near_limit);
}

SubmissionResult RunnerSession::probe() {
  const Exercise probe = probe_exercise();
  JobOptions lenient = options_;
  lenient.require_sandbox = false;  // report the layers rather than refuse
  const RunOutcome outcome = exchange(probe, "", lenient);
  if (!outcome.failure.empty()) throw RunnerFailure(outcome.failure);
  return assign_verdicts(probe, outcome, "<probe>");
}

std::string read_solution_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in || std::filesystem::is_directory(path)) throw UsageError("cannot read the solution file " + path.string());
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace pyjudge
