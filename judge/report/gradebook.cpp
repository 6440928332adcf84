#include "judge/report/gradebook.hpp"

#include <map>
#include <set>

#include "judge/text/csv.hpp"

namespace pyjudge {

namespace {

// Why a graded submission's figures came from more than one run, for the notes column.
std::string rerun_note(const BatchEntry& e) {
  std::string note;
  if (!e.result.retried.empty()) note = e.exercise + ": retried on a fresh runner";
  std::size_t reruns = 0;
  for (const auto& t : e.result.tests) reruns += !t.rerun.empty();
  if (reruns) note += (note.empty() ? "" : ", ") + e.exercise + ": " + std::to_string(reruns) + " test(s) run again";
  return note;
}

}  // namespace

std::string csv_gradebook(const BatchRun& run) {
  std::set<std::string> exercises;
  std::map<std::string, std::map<std::string, std::string>> cells;  // submitter -> exercise -> cell
  std::map<std::string, std::string> notes;                          // submitter -> reruns and retries
  // A stopped run's gradebook shows what is still to grade: "pending", never an empty cell.
  for (const auto& e : run.pending) {
    exercises.insert(e.exercise);
    cells[e.submitter][e.exercise] = "pending";
  }
  for (const auto& e : run.entries) {
    if (const std::string note = rerun_note(e); !note.empty()) notes[e.submitter] += (notes[e.submitter].empty() ? "" : "; ") + note;
    exercises.insert(e.exercise);
    auto& cell = cells[e.submitter][e.exercise];
    if (e.scored()) {
      if (cell.empty() || cell == "error") cell = format_score(e.result.score);  // the first score stands
    } else if (cell.empty()) {
      cell = "error";
    }
  }
  const std::string sandbox = sandbox_note(run);
  std::vector<std::string> header{"submitter"};
  for (const auto& ex : exercises) header.push_back(csv_text(ex));
  if (!sandbox.empty()) header.push_back("sandbox");
  const std::string incomplete = incomplete_note(run);  // on every row: a partial gradebook must not pass for a whole one
  const bool notes_column = !notes.empty() || !incomplete.empty();
  if (notes_column) header.push_back("notes");
  std::string out = csv_line(header);
  for (const auto& [submitter, row] : cells) {
    std::vector<std::string> fields{csv_text(submitter)};
    for (const auto& ex : exercises) fields.push_back(row.count(ex) ? row.at(ex) : "");
    if (!sandbox.empty()) fields.push_back(sandbox);
    if (notes_column) fields.push_back(csv_text(incomplete + (incomplete.empty() || notes[submitter].empty() ? "" : "; ") + notes[submitter]));
    out += csv_line(fields);
  }
  return out;
}

}  // namespace pyjudge
