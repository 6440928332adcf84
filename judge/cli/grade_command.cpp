// `pyjudge grade SUBMISSIONS/` (or --manifest FILE): many submissions on a
// warm runner pool, with JSON, JUnit, CSV and Exercism reports (docs/grade.md).
// Every destination is checked before grading; each finished submission goes
// to the journal at once; SIGINT/SIGTERM stop the run with reports marked
// incomplete. Exit codes: 0 the run completed, 1 a submission got
// internal_error, 2 usage or spec error (including a sandbox with missing
// layers, or a report that could not be written), 128 + signal when stopped.
#include <sched.h>
#include <signal.h>

#include <algorithm>
#include <chrono>
#include <iostream>
#include <memory>
#include <optional>

#include "judge/batch/journal.hpp"
#include "judge/batch/progress_meter.hpp"
#include "judge/batch/run_batch.hpp"
#include "judge/cli/commands.hpp"
#include "judge/report/batch_json.hpp"
#include "judge/report/files.hpp"
#include "judge/run/runner_pool.hpp"
#include "judge/run/runner_process.hpp"
#include "judge/run/sandbox_layers.hpp"
#include "judge/run/stop_signals.hpp"
#include "judge/spec/catalog.hpp"

namespace pyjudge::cli {

namespace {

namespace fs = std::filesystem;

struct GradeOptions {
  std::string submissions, manifest, exercises_dir, shard, exercism, journal, resume;
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

// --resume JOURNAL, else --journal PATH, else next to the first report asked
// for (JSON, JUnit, CSV, Exercism folder); none when no report is asked for.
std::string journal_path(const GradeOptions& o) {
  if (!o.resume.empty()) {
    if (!o.journal.empty() && o.journal != o.resume) throw UsageError("--resume names the journal; leave --journal out");
    return o.resume;
  }
  if (!o.journal.empty()) return o.journal;
  for (const std::string* report : {&o.reports.json, &o.reports.junit, &o.reports.csv})
    if (!report->empty()) return *report + ".journal";
  if (!o.exercism.empty()) {
    fs::path folder = fs::path(o.exercism).lexically_normal();
    if (folder.filename().empty()) folder = folder.parent_path();  // "results/" -> "results"
    return folder.string() + ".journal";
  }
  return "";
}

// Before anything is graded: a report that cannot be written stops the run now, not after an hour.
void check_destinations(const GradeOptions& o, const std::string& journal) {
  check_report_paths(o.reports);
  if (!o.exercism.empty()) check_report_folder(o.exercism, "Exercism folder");
  if (!o.resume.empty() && !fs::is_regular_file(o.resume)) throw UsageError("cannot resume from " + o.resume + ": no such journal");
  if (!journal.empty() && o.resume.empty()) check_report_file(journal, "journal");
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

std::vector<BatchEntry> entries_of(const std::vector<PlannedSubmission>& planned) {
  std::vector<BatchEntry> entries;
  for (const auto& p : planned) entries.push_back(p.entry);
  return entries;
}

std::size_t left_to_grade(const PreparedBatch& batch, const std::map<std::size_t, BatchEntry>& done) {
  std::size_t left = 0;
  for (std::size_t i = 0; i < batch.planned.size(); ++i) left += batch.planned[i].entry.graded() && !done.count(i);
  return left;
}

const char* signal_name(int signal) { return signal == SIGINT ? "SIGINT" : signal == SIGTERM ? "SIGTERM" : "a signal"; }

void print_summary(std::ostream& out, const BatchRun& run, double seconds, unsigned cores) {
  std::map<std::string, int> verdicts;
  std::size_t not_graded = 0;
  for (const auto& e : run.entries) e.graded() ? ++verdicts[verdict_name(e.result.verdict)] : ++not_graded;
  out << "graded " << run.entries.size() - not_graded << " of " << run.planned() << " submissions in "
      << static_cast<int>(seconds * 10) / 10.0 << " s on " << cores << " core" << (cores == 1 ? "" : "s") << "\n";
  for (const auto& [verdict, n] : verdicts) out << "  " << verdict << ": " << n << "\n";
  if (not_graded) out << "  not graded: " << not_graded << " (unknown exercise, unreadable or misplaced file; see the reports)\n";
  if (!run.complete()) out << "  pending: " << run.pending.size() << " (the run was stopped)\n";
  if (const auto note = sandbox_note(run); !note.empty()) out << "  " << note << "\n";
}

// Every report, each written whatever happened to the others; the messages of those that failed.
std::vector<std::string> write_reports(const GradeOptions& o, const BatchRun& run, const PreparedBatch& batch) {
  std::vector<nlohmann::json> submissions;
  for (const auto& e : run.entries) submissions.push_back(submission_json(e));
  auto failures = write_batch_reports(run, submissions, o.reports);
  if (!o.exercism.empty())
    for (auto& failure : write_exercism_dir(o.exercism, run, batch.exercises)) failures.push_back(std::move(failure));
  for (const auto& failure : failures) std::cerr << "pyjudge: " << failure << "\n";
  return failures;
}

// The last word on stderr, and the exit code, once the reports are written.
int finish(const BatchRun& run, std::optional<Journal>& journal, bool reports_failed) {
  const std::string resume = journal ? "every result so far is in the journal " + journal->path().string() +
                                           ": run the same command with --resume " + journal->path().string()
                                     : "";
  if (!run.complete()) {
    const int signal = stop_signals::received() ? stop_signals::received() : SIGINT;
    std::cerr << "pyjudge: stopped by " << signal_name(signal) << ": " << run.entries.size() << " of " << run.planned()
              << " submissions done; the reports say they are incomplete\n"
              << "pyjudge: "
              << (journal ? resume + " to grade the rest" : "no journal was kept (ask for a report or give --journal PATH)") << "\n";
    return 128 + signal;
  }
  if (reports_failed) {
    if (journal) std::cerr << "pyjudge: " << resume << " to write the reports again without grading\n";
    return kUsageError;
  }
  if (journal) journal->remove();  // every report holds what it held
  return any_internal_error(run) ? 1 : 0;
}

int run_grade(const GradeOptions& o) {
  const auto started = std::chrono::steady_clock::now();
  const std::string journal_file = journal_path(o);
  check_destinations(o, journal_file);
  const std::optional<Shard> shard = o.shard.empty() ? std::nullopt : std::optional(parse_shard(o.shard));
  const PreparedBatch batch = prepare_batch(find_submissions(o), catalog_dir(o.exercises_dir), shard);
  const JournalHeader header{batch.fingerprint, shard, o.allow_weak_sandbox, batch.planned.size()};
  std::map<std::size_t, BatchEntry> done;
  std::optional<Journal> journal;
  if (!o.resume.empty()) journal.emplace(Journal::resume(journal_file, header, entries_of(batch.planned), done));
  stop_signals::install();  // from here on, a Ctrl-C ends the run with its reports written

  JobOptions job_options = JobOptions::from_environment();
  job_options.require_sandbox = !o.allow_weak_sandbox;  // the runner refuses, too, if a layer goes missing later
  const std::size_t left = left_to_grade(batch, done);
  const unsigned cores = std::clamp<unsigned>(o.jobs ? o.jobs : available_cores(), 1, std::max<std::size_t>(left, 1));
  RunnerPool pool(default_runner_path(), cores, job_options);
  BatchRun run;
  run.shard = shard;
  run.weak_sandbox_allowed = o.allow_weak_sandbox;
  run.fingerprint = batch.fingerprint;
  try {
    const SubmissionResult probe = pool.probe();
    run.python_version = probe.python_version;
    add_missing_layers(run, check_sandbox(probe, o.allow_weak_sandbox));
  } catch (const RunnerFailure& e) {
    std::cerr << "pyjudge: the runner failed before grading began: " << e.what() << "\n";
    return 1;
  } catch (const Interrupted&) {
    // Nothing more is graded; the reports say so.
  }
  if (!journal && !journal_file.empty()) {
    if (const auto left_behind = Journal::unfinished(journal_file, header))
      std::cerr << "pyjudge: note: " << journal_file << " held " << *left_behind
                << " results of a stopped run of this batch; grading afresh (--resume " << journal_file
                << " would have continued it)\n";
    journal.emplace(Journal::start(journal_file, header));
  }
  if (journal && !o.quiet)
    std::cerr << "pyjudge: " << (o.resume.empty() ? "journal: " : "resuming: ") << journal->path().string()
              << (o.resume.empty() ? "" : " holds " + std::to_string(done.size()) + " results") << "\n";

  BatchProgress progress(batch.planned.size(), 2, !o.quiet);
  GradedBatch graded = grade_batch(
      batch, std::move(done), pool, [&](std::size_t i, const BatchEntry& e) { if (journal) journal->record(i, e); },
      [&] { progress.advance(); });
  progress.finish();
  if (journal && !journal->error().empty())
    std::cerr << "pyjudge: warning: cannot write the journal " << journal->path().string() << ": " << journal->error()
              << "; a stopped run cannot be resumed from it\n";
  run.entries = std::move(graded.entries);
  run.pending = std::move(graded.pending);
  if (o.allow_weak_sandbox)
    for (const auto& e : run.entries)
      if (e.graded() && layers_reported(e.result)) add_missing_layers(run, missing_layer_names(e.result));
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  run.duration_ms = static_cast<std::uint64_t>(seconds * 1000);
  if (o.no_timings) clear_measurements(run);

  const bool reports_failed = !write_reports(o, run, batch).empty();
  print_summary(std::cout, run, seconds, cores);
  return finish(run, journal, reports_failed);
}

}  // namespace

void add_grade_command(CLI::App& app, Action& action) {
  auto o = std::make_shared<GradeOptions>();
  auto* cmd = app.add_subcommand("grade", "Grade a folder (SUBMITTER/SLUG.py) or manifest of submissions on a warm runner pool");
  cmd->add_option("submissions", o->submissions, "Folder of SUBMITTER/SLUG.py files");
  cmd->add_option("--manifest", o->manifest, "CSV or YAML list of submitter, exercise, path (instead of a folder)");
  cmd->add_option("--exercises", o->exercises_dir, "Catalog folder (default: $PYJUDGE_EXERCISES, else the installed catalog)");
  cmd->add_option("-j,--jobs", o->jobs, "Submissions computing at once (default: the number of cores); one whose tests all wait lends its core")->check(CLI::Range(1u, 1024u));
  cmd->add_option("--shard", o->shard, "Grade only shard I of N (0-based, e.g. 0/4); see docs/ci.md");
  cmd->add_option("--json", o->reports.json, "Write the JSON report (every submission and test)");
  cmd->add_option("--junit", o->reports.junit, "Write JUnit XML (one testsuite per submission)");
  cmd->add_option("--csv", o->reports.csv, "Write a CSV gradebook (a row per submitter, a column per exercise, a total of score × points)");
  cmd->add_flag("--csv-bom", o->reports.csv_bom, "Start the CSV with a UTF-8 byte order mark (for Excel)");
  cmd->add_option("--feedback", o->reports.feedback, "Write DIR/SUBMITTER.md: each student's verdicts, tests and visible diffs");
  cmd->add_option("--exercism", o->exercism, "Write DIR/SUBMITTER/EXERCISE/results.json (Exercism v3)");
  cmd->add_option("--journal", o->journal, "Keep the journal of finished submissions here (default: next to the first report)");
  cmd->add_option("--resume", o->resume, "Continue the run this journal is of: grade only what it does not hold");
  cmd->add_flag("--allow-weak-sandbox", o->allow_weak_sandbox, "Grade even when a sandbox layer is missing (reports say so)");
  cmd->add_flag("--no-timings", o->no_timings, "Write 0 for every time and memory measurement: reports compare byte for byte");
  cmd->add_flag("-q,--quiet", o->quiet, "No progress on stderr");
  cmd->callback([o, &action] { action = [o] { return run_grade(*o); }; });
}

}  // namespace pyjudge::cli
