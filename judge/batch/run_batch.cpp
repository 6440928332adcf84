#include "judge/batch/run_batch.hpp"

#include <algorithm>

#include "judge/batch/fingerprint.hpp"
#include "judge/batch/plan.hpp"
#include "judge/report/batch_json.hpp"
#include "judge/source/source_file.hpp"
#include "judge/spec/catalog.hpp"
#include "judge/spec/loader.hpp"
#include "judge/text/sha256.hpp"

namespace pyjudge {
namespace fs = std::filesystem;

namespace {

// The file's bytes into p.source, or the reason it cannot be graded into its
// error (naming the file as reports show it, the same on every machine).
void read_source(PlannedSubmission& p) {
  try {
    SourceFile source = read_source_file(p.file, kMaxSubmissionBytes);
    if (source.larger_than_cap) p.entry.error = "larger than " + std::to_string(kMaxSubmissionBytes >> 20) + " MiB";
    p.source = std::move(source.bytes);
  } catch (const SourceFileError& e) {
    p.entry.error = "cannot read " + p.entry.path + ": " + e.what();
  }
  if (p.entry.graded()) p.content_sha256 = sha256_hex(p.source);
}

// Every exercise of the catalog the submissions name, error entries' too, by slug.
std::map<std::string, Exercise> load_exercises(const std::vector<PlannedSubmission>& planned, const fs::path& catalog,
                                               const std::vector<std::string>& slugs) {
  std::map<std::string, Exercise> exercises;
  for (const auto& p : planned)
    if (!exercises.count(p.entry.exercise) && std::binary_search(slugs.begin(), slugs.end(), p.entry.exercise))
      exercises.emplace(p.entry.exercise, load_exercise(catalog / p.entry.exercise));
  return exercises;
}

// The exercise's points (a gradebook shows them for error entries too), and
// an error for a .py for a SQL exercise, or the other way round.
void check_against_exercise(PlannedSubmission& p, const std::map<std::string, Exercise>& exercises) {
  const auto known = exercises.find(p.entry.exercise);
  if (known != exercises.end()) p.entry.points = known->second.points;
  if (!p.entry.graded()) return;
  const auto wanted = fs::path(exercises.at(p.entry.exercise).solution_file()).extension();
  if (p.file.extension() != wanted) p.entry.error = p.entry.path + ": " + p.entry.exercise + " takes a " + wanted.string() + " file";
}

}  // namespace

PreparedBatch prepare_batch(std::vector<PlannedSubmission> found, const fs::path& catalog, const std::optional<Shard>& shard) {
  PreparedBatch batch;
  const auto slugs = catalog_slugs(catalog);  // sorted
  std::vector<PlannedSubmission> whole = plan_batch(std::move(found), slugs, std::nullopt);
  for (auto& p : whole) {
    if (p.entry.graded()) read_source(p);
    if (!in_shard(p.entry.submitter, p.entry.exercise, shard)) p.source.clear();  // hashed, not graded here
  }
  batch.fingerprint = batch_fingerprint(whole, catalog);
  for (auto& p : whole)
    if (in_shard(p.entry.submitter, p.entry.exercise, shard)) batch.planned.push_back(std::move(p));
  batch.exercises = load_exercises(batch.planned, catalog, slugs);
  for (auto& p : batch.planned) check_against_exercise(p, batch.exercises);
  return batch;
}

GradedBatch grade_batch(const PreparedBatch& batch, std::map<std::size_t, BatchEntry> done, RunnerPool& pool,
                        const std::function<void(std::size_t, const BatchEntry&)>& finished,
                        const std::function<void()>& progressed) {
  std::vector<PoolTask> tasks;
  std::vector<std::size_t> task_index;  // tasks[i] grades batch.planned[task_index[i]]
  for (std::size_t i = 0; i < batch.planned.size(); ++i) {
    const BatchEntry& planned = batch.planned[i].entry;
    if (!planned.graded()) done.emplace(i, planned);
    if (done.count(i)) continue;
    tasks.push_back({&batch.exercises.at(planned.exercise), batch.planned[i].source, planned.path});
    task_index.push_back(i);
  }
  for (std::size_t i = 0; i < done.size(); ++i) progressed();
  pool.grade_all(tasks, [&](std::size_t task, const PoolResult& result) {
    const std::size_t i = task_index[task];
    BatchEntry entry = batch.planned[i].entry;
    entry.result = result.result;
    entry.duration_ms = result.duration_ms;
    // What a journal would give back, so that a resumed run reports the same bytes.
    entry = as_reported(batch.planned[i].entry, reparsed_submission_json(entry));
    finished(i, entry);
    done.emplace(i, std::move(entry));
    progressed();
  });
  GradedBatch graded;
  for (std::size_t i = 0; i < batch.planned.size(); ++i) {
    if (const auto it = done.find(i); it != done.end()) graded.entries.push_back(std::move(it->second));
    else graded.pending.push_back(batch.planned[i].entry);
  }
  return graded;
}

}  // namespace pyjudge
