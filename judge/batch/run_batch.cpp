#include "judge/batch/run_batch.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "judge/spec/catalog.hpp"
#include "judge/spec/loader.hpp"

namespace pyjudge {
namespace fs = std::filesystem;

namespace {

// The source, or the reason it cannot be graded in `error` (naming the file
// as reports show it, the same on every machine).
std::string read_source(const fs::path& file, const std::string& shown, std::string& error) {
  std::error_code ec;
  const auto size = fs::file_size(file, ec);
  if (ec) {
    error = "cannot read " + shown + ": " + ec.message();
    return "";
  }
  if (size > kMaxSubmissionBytes) {
    error = "larger than " + std::to_string(kMaxSubmissionBytes >> 20) + " MiB";
    return "";
  }
  std::ifstream in(file, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  if (!in) error = "cannot read " + shown;
  return text.str();
}

}  // namespace

std::map<std::string, Exercise> load_exercises(const std::vector<PlannedSubmission>& planned, const fs::path& catalog) {
  const auto slugs = catalog_slugs(catalog);
  std::map<std::string, Exercise> exercises;
  for (const auto& p : planned)
    if (!exercises.count(p.entry.exercise) && std::binary_search(slugs.begin(), slugs.end(), p.entry.exercise))
      exercises.emplace(p.entry.exercise, load_exercise(catalog / p.entry.exercise));
  return exercises;
}

std::vector<BatchEntry> grade_planned(const std::vector<PlannedSubmission>& planned,
                                      const std::map<std::string, Exercise>& exercises, RunnerPool& pool,
                                      const std::function<void()>& done) {
  std::vector<BatchEntry> entries;
  std::vector<PoolTask> tasks;
  std::vector<std::size_t> task_entry;  // tasks[i] grades entries[task_entry[i]]
  for (const auto& p : planned) {
    entries.push_back(p.entry);
    BatchEntry& e = entries.back();
    const auto known = exercises.find(e.exercise);
    if (known != exercises.end()) e.points = known->second.points;
    if (!e.graded()) continue;
    const Exercise& exercise = exercises.at(e.exercise);  // a graded entry names an exercise of the catalog
    const auto wanted = fs::path(exercise.solution_file()).extension();
    if (p.file.extension() != wanted) {  // a .py for a SQL exercise, or the other way round
      e.error = e.path + ": " + e.exercise + " takes a " + wanted.string() + " file";
      continue;
    }
    std::string source = read_source(p.file, e.path, e.error);
    if (!e.graded()) continue;
    tasks.push_back({&exercise, std::move(source), e.path});
    task_entry.push_back(entries.size() - 1);
  }
  for (std::size_t i = tasks.size(); i < entries.size(); ++i) done();  // the ungraded ones are done already
  const auto results = pool.grade_all(tasks, done);
  for (std::size_t i = 0; i < tasks.size(); ++i) {
    entries[task_entry[i]].result = results[i].result;
    entries[task_entry[i]].duration_ms = results[i].duration_ms;
  }
  return entries;
}

}  // namespace pyjudge
