#include "checker.hpp"

#include <fstream>
#include <sstream>

#include "catalog.hpp"
#include "grading.hpp"
#include "submission_run.hpp"

namespace pyjudge {

Checker::Checker(std::filesystem::path runner, JobOptions options)
    : runner_path_(std::move(runner)), options_(std::move(options)) {}

Checker::~Checker() = default;

void Checker::start_runner() noexcept {
  try {
    ensure_runner();
  } catch (const std::exception&) {
  }
}

void Checker::ensure_runner() {
  if (runner_) return;
  runner_ = std::make_unique<RunnerProcess>(runner_path_);
  hello_.reset();
}

SubmissionResult Checker::run_once(const Exercise& exercise, const std::string& source, const std::string& solution_name) {
  ensure_runner();
  const RunOutcome outcome = run_submission(*runner_, exercise, source, hello_, options_);
  if (!outcome.failure.empty()) runner_.reset();  // it was killed: the next run starts a fresh one
  return grade(exercise, outcome, solution_name);
}

RunSeries Checker::run(const Exercise& exercise, const std::string& source, const std::string& solution_name, std::size_t min_runs) {
  return run_series(exercise, [&] { return run_once(exercise, source, solution_name); }, min_runs);
}

std::string read_solution_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in || std::filesystem::is_directory(path)) throw UsageError("cannot read the solution file " + path.string());
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace pyjudge
