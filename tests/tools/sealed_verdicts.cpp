// sealed_verdicts PLAIN_CATALOG SEALED_CATALOG RUNNER [WORKERS]
//
// The proof that a sealed catalog (`pyjudge seal`) judges as the plain one
// does: every reference and known-wrong solution of PLAIN_CATALOG is run once,
// and that one outcome is judged twice, against the plain exercise and
// against its sealed copy. Every test must get the same verdict and message
// (and visible ones the same details), and both exercises must make the same
// job, so the runner cannot tell them apart. Judging one run twice, rather
// than running twice, leaves timing out of the comparison.
//
// Prints each difference and a summary; exit 0 when there is none, 1 when
// there is one or nothing was really compared, 2 for bad arguments.
#include <atomic>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

#include "judge/authoring/exercise_folder.hpp"
#include "judge/source/source_file.hpp"
#include "judge/grading/assign_verdicts.hpp"
#include "judge/run/job_builder.hpp"
#include "judge/run/job_exchange.hpp"
#include "judge/run/runner_session.hpp"
#include "judge/spec/catalog.hpp"
#include "judge/spec/loader.hpp"

using namespace pyjudge;
namespace fs = std::filesystem;

namespace {

struct Pair {
  ExerciseFolder plain;
  Exercise sealed;
};

struct Run {
  const Pair* pair;
  fs::path file;
};

struct Tally {
  std::mutex mutex;
  std::vector<std::string> differences;
  std::map<std::string, std::size_t> verdicts;  // of every test, as judged against the plain exercise
  std::size_t runs = 0, runner_failures = 0;
};

std::vector<std::string> compare(const SubmissionResult& plain, const SubmissionResult& sealed) {
  std::vector<std::string> out;
  if (plain.verdict != sealed.verdict || plain.score != sealed.score)
    out.push_back(std::string("verdict ") + verdict_name(plain.verdict) + " / " + verdict_name(sealed.verdict));
  for (std::size_t i = 0; i < plain.tests.size() && i < sealed.tests.size(); ++i) {
    const TestResult &p = plain.tests[i], &s = sealed.tests[i];
    if (p.verdict != s.verdict || p.message != s.message || (p.visible && p.details != s.details))
      out.push_back("test '" + p.name + "': " + verdict_name(p.verdict) + " (" + p.message + ") / " + verdict_name(s.verdict) +
                    " (" + s.message + ")");
  }
  if (plain.tests.size() != sealed.tests.size()) out.push_back("a different number of tests");
  return out;
}

void judge(const Run& run, std::unique_ptr<RunnerProcess>& runner, const fs::path& runner_path, Tally& tally) {
  const Exercise& plain = run.pair->plain.exercise;
  const std::string source = read_solution_file(run.file);
  const std::string name = plain.slug + "/" + run.file.lexically_relative(plain.dir).string();
  const auto job = make_job(plain, source);
  std::vector<std::string> differences;
  if (!(job == make_job(run.pair->sealed, source))) differences.push_back("the sealed exercise makes another job");
  if (!runner) runner = std::make_unique<RunnerProcess>(runner_path);
  std::optional<protocol::Hello> hello;
  const RunOutcome outcome = exchange_job(*runner, job, job_deadline(plain), hello);
  if (!outcome.failure.empty()) runner.reset();  // killed: start a fresh one for the next run
  const SubmissionResult judged_plain = assign_verdicts(plain, outcome, name);
  for (auto& d : compare(judged_plain, assign_verdicts(run.pair->sealed, outcome, name))) differences.push_back(d);

  std::lock_guard lock(tally.mutex);
  ++tally.runs;
  tally.runner_failures += !outcome.failure.empty();
  for (const auto& t : judged_plain.tests) ++tally.verdicts[verdict_name(t.verdict)];
  for (const auto& d : differences) tally.differences.push_back(name + ": " + d);
}

std::vector<Pair> load_pairs(const fs::path& plain_catalog, const fs::path& sealed_catalog) {
  std::vector<Pair> pairs;
  for (const auto& slug : catalog_slugs(plain_catalog)) {
    Pair pair{read_exercise_folder(plain_catalog / slug), load_exercise(sealed_catalog / slug)};
    if (!pair.plain.diagnostics.empty()) throw SpecError(std::move(pair.plain.diagnostics));
    pairs.push_back(std::move(pair));
  }
  return pairs;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::cerr << "usage: sealed_verdicts PLAIN_CATALOG SEALED_CATALOG RUNNER [WORKERS]\n";
    return 2;
  }
  const fs::path runner_path = argv[3];
  const unsigned workers = argc > 4 ? std::max(1, std::atoi(argv[4])) : 2;
  std::vector<Pair> pairs;
  try {
    pairs = load_pairs(argv[1], argv[2]);
  } catch (const std::exception& e) {
    std::cerr << "sealed_verdicts: " << e.what() << "\n";
    return 2;
  }
  std::vector<Run> runs;
  for (const auto& pair : pairs) {
    runs.push_back({&pair, pair.plain.solution});
    for (const auto& wrong : pair.plain.wrong) runs.push_back({&pair, wrong.path});
  }

  Tally tally;
  std::atomic<std::size_t> next{0};
  std::vector<std::thread> threads;
  for (unsigned w = 0; w < workers; ++w)
    threads.emplace_back([&] {
      std::unique_ptr<RunnerProcess> runner;
      for (std::size_t i; (i = next++) < runs.size();) judge(runs[i], runner, runner_path, tally);
    });
  for (auto& t : threads) t.join();

  for (const auto& d : tally.differences) std::cout << "DIFFERENT " << d << "\n";
  std::cout << "judged " << tally.runs << " runs of " << pairs.size() << " exercises against both copies ("
            << tally.runner_failures << " runner failures); tests:";
  for (const auto& [verdict, n] : tally.verdicts) std::cout << " " << verdict << " " << n;
  std::cout << "; " << tally.differences.size() << " differences\n";
  // Nothing compared if no test was accepted or none failed on its values.
  const bool compared = tally.verdicts["accepted"] > 0 && tally.verdicts["wrong_answer"] > 0;
  if (!compared) std::cout << "nothing was really compared: no test was accepted, or none got wrong_answer\n";
  return tally.differences.empty() && compared ? 0 : 1;
}
