// `pyjudge grade SUBMISSIONS/` (or --manifest FILE): many submissions on a
// warm runner pool, with JSON, JUnit, CSV and Exercism reports (docs/grade.md).
// Exit codes: 0 the run completed, 1 a submission got internal_error, 2 usage
// or spec error (including a sandbox with missing layers).
#include <sched.h>

#include <algorithm>
#include <chrono>
#include <iostream>
#include <memory>
#include <optional>

#include "judge/cli/commands.hpp"
#include "judge/batch/run_batch.hpp"
#include "judge/batch/plan.hpp"
#include "judge/spec/catalog.hpp"
#include "judge/batch/progress_meter.hpp"
#include "judge/report/batch_json.hpp"
#include "judge/report/files.hpp"
#include "judge/run/runner_pool.hpp"
#include "judge/run/runner_process.hpp"
#include "judge/run/sandbox_layers.hpp"

namespace pyjudge::cli {

namespace {

struct GradeOptions {
  std::string submissions, manifest, exercises_dir, shard, exercism;
  ReportPaths reports;
  unsigned jobs = 0;
  bool allow_weak_sandbox = false, no_timings = false, quiet = false;
};

unsigned available_cores() {
  cpu_set_t set;
  if (::sched_getaffinity(0, sizeof set, &set) == 0) return static_cast<unsigned>(std::max(1, CPU_COUNT(&set)));
  return 1;
}

std::vector<PlannedSubmission> find_submissions(const GradeOptions& o) {
  if (o.submissions.empty() == o.manifest.empty())
    throw UsageError("give either a submissions folder or --manifest FILE, not both");
  return o.manifest.empty() ? scan_submissions_dir(o.submissions) : read_manifest(o.manifest);
}

std::vector<PlannedSubmission> plan(const GradeOptions& o, const std::filesystem::path& catalog) {
  if (!std::filesystem::is_directory(catalog)) throw UsageError("no exercises folder " + catalog.string());
  std::optional<Shard> shard;
  if (!o.shard.empty()) shard = parse_shard(o.shard);
  return plan_batch(find_submissions(o), catalog_slugs(catalog), shard);
}

// Without --allow-weak-sandbox a missing layer stops the run before any
// candidate code runs; with it, the layers go into every report.
std::vector<std::string> check_sandbox(const SubmissionResult& probe, bool allow_weak) {
  const auto missing = missing_layer_names(probe);
  if (!missing.empty() && !allow_weak)
    throw UsageError("refusing to grade: the sandbox is missing layers: " + describe_missing_layers(probe) +
                     "; pass --allow-weak-sandbox to grade anyway (every report will say so)");
  return missing;
}

void add_missing_layers(BatchRun& run, const std::vector<std::string>& names) {
  run.missing_layers.insert(run.missing_layers.end(), names.begin(), names.end());
  std::sort(run.missing_layers.begin(), run.missing_layers.end());
  run.missing_layers.erase(std::unique(run.missing_layers.begin(), run.missing_layers.end()), run.missing_layers.end());
}

void print_summary(std::ostream& out, const BatchRun& run, double seconds, unsigned runners) {
  std::map<std::string, int> verdicts;
  std::size_t not_graded = 0;
  for (const auto& e : run.entries) e.graded() ? ++verdicts[verdict_name(e.result.verdict)] : ++not_graded;
  out << "graded " << run.entries.size() - not_graded << " of " << run.entries.size() << " submissions in "
      << static_cast<int>(seconds * 10) / 10.0 << " s with " << runners << " runner" << (runners == 1 ? "" : "s") << "\n";
  for (const auto& [verdict, n] : verdicts) out << "  " << verdict << ": " << n << "\n";
  if (not_graded) out << "  not graded: " << not_graded << " (unknown exercise, unreadable or misplaced file; see the reports)\n";
  if (const auto note = sandbox_note(run); !note.empty()) out << "  " << note << "\n";
}

int run_grade(const GradeOptions& o) {
  const auto started = std::chrono::steady_clock::now();
  const auto catalog = catalog_dir(o.exercises_dir);
  const auto planned = plan(o, catalog);
  const auto exercises = load_exercises(planned, catalog);

  JobOptions job_options = JobOptions::from_environment();
  job_options.require_sandbox = !o.allow_weak_sandbox;  // the runner refuses, too, if a layer goes missing later
  const auto gradable = std::count_if(planned.begin(), planned.end(), [](const auto& p) { return p.entry.graded(); });
  const unsigned runners = std::clamp<unsigned>(o.jobs ? o.jobs : available_cores(), 1, std::max<long>(gradable, 1));
  RunnerPool pool(default_runner_path(), runners, job_options);
  SubmissionResult probe;
  try {
    probe = pool.probe();
  } catch (const RunnerFailure& e) {
    std::cerr << "pyjudge: the runner failed before grading began: " << e.what() << "\n";
    return 1;
  }

  BatchRun run;
  run.shard = o.shard.empty() ? std::nullopt : std::optional(parse_shard(o.shard));
  run.weak_sandbox_allowed = o.allow_weak_sandbox;
  run.python_version = probe.python_version;
  add_missing_layers(run, check_sandbox(probe, o.allow_weak_sandbox));

  BatchProgress progress(planned.size(), 2, !o.quiet);
  run.entries = grade_planned(planned, exercises, pool, [&] { progress.advance(); });
  progress.finish();
  if (o.allow_weak_sandbox)
    for (const auto& e : run.entries)
      if (e.graded() && layers_reported(e.result)) add_missing_layers(run, missing_layer_names(e.result));
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  run.duration_ms = static_cast<std::uint64_t>(seconds * 1000);
  if (o.no_timings) clear_measurements(run);

  std::vector<nlohmann::json> submissions;
  for (const auto& e : run.entries) submissions.push_back(submission_json(e));
  write_batch_reports(run, submissions, o.reports);
  if (!o.exercism.empty()) write_exercism_dir(o.exercism, run, exercises);
  print_summary(std::cout, run, seconds, runners);
  return any_internal_error(run) ? 1 : 0;
}

}  // namespace

void add_grade_command(CLI::App& app, Action& action) {
  auto o = std::make_shared<GradeOptions>();
  auto* cmd = app.add_subcommand("grade", "Grade a folder (SUBMITTER/SLUG.py) or manifest of submissions on a warm runner pool");
  cmd->add_option("submissions", o->submissions, "Folder of SUBMITTER/SLUG.py files");
  cmd->add_option("--manifest", o->manifest, "CSV or YAML list of submitter, exercise, path (instead of a folder)");
  cmd->add_option("--exercises", o->exercises_dir, "Catalog folder (default: $PYJUDGE_EXERCISES or the bundled one)");
  cmd->add_option("-j,--jobs", o->jobs, "Runners working in parallel (default: the number of cores)")->check(CLI::Range(1u, 1024u));
  cmd->add_option("--shard", o->shard, "Grade only shard I of N (0-based, e.g. 0/4); see docs/ci.md");
  cmd->add_option("--json", o->reports.json, "Write the JSON report (every submission and test)");
  cmd->add_option("--junit", o->reports.junit, "Write JUnit XML (one testsuite per submission)");
  cmd->add_option("--csv", o->reports.csv, "Write a CSV gradebook (a row per submitter, a column per exercise, a total of score × points)");
  cmd->add_flag("--csv-bom", o->reports.csv_bom, "Start the CSV with a UTF-8 byte order mark (for Excel)");
  cmd->add_option("--feedback", o->reports.feedback, "Write DIR/SUBMITTER.md: each student's verdicts, tests and visible diffs");
  cmd->add_option("--exercism", o->exercism, "Write DIR/SUBMITTER/EXERCISE/results.json (Exercism v3)");
  cmd->add_flag("--allow-weak-sandbox", o->allow_weak_sandbox, "Grade even when a sandbox layer is missing (reports say so)");
  cmd->add_flag("--no-timings", o->no_timings, "Write 0 for every time and memory measurement: reports compare byte for byte");
  cmd->add_flag("-q,--quiet", o->quiet, "No progress on stderr");
  cmd->callback([o, &action] { action = [o] { return run_grade(*o); }; });
}

}  // namespace pyjudge::cli
