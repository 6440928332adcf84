#include "judge/report/gradebook.hpp"

#include <map>

#include "judge/text/csv.hpp"

namespace pyjudge {

namespace {

constexpr const char* kByteOrderMark = "\xEF\xBB\xBF";

// Why a graded submission's figures came from more than one run, for the notes column.
std::string rerun_note(const BatchEntry& e) {
  std::string note;
  if (!e.result.retried.empty()) note = e.exercise + ": retried on a fresh runner";
  std::size_t reruns = 0;
  for (const auto& t : e.result.tests) reruns += !t.rerun.empty();
  if (reruns) note += (note.empty() ? "" : ", ") + e.exercise + ": " + std::to_string(reruns) + " test(s) run again";
  return note;
}

void append(std::string& list, const std::string& item) {
  if (!item.empty()) list += (list.empty() ? "" : "; ") + item;
}

struct Row {
  std::map<std::string, std::string> cells;  // exercise -> score, "error" or nothing
  double total = 0;                          // score × points over the scored cells
  std::string errors, notes;
};

struct Book {
  std::map<std::string, double> points;  // the columns: each exercise named in the batch, with its points
  std::map<std::string, Row> rows;       // by submitter
};

void add(Book& book, const BatchEntry& e) {
  Row& row = book.rows[e.submitter];
  append(row.notes, rerun_note(e));
  if (!e.graded()) append(row.errors, e.path + ": " + e.error);
  if (!e.points) return;  // no exercise of that name: not a column
  book.points[e.exercise] = *e.points;
  auto& cell = row.cells[e.exercise];
  if (e.scored() && (cell.empty() || cell == "error" || cell == "pending")) {  // the first score stands
    cell = format_score(e.result.score);
    row.total += e.result.score * *e.points;
  } else if (cell.empty()) {
    cell = "error";
  }
}

}  // namespace

std::string csv_gradebook(const BatchRun& run, bool bom) {
  Book book;
  // A stopped run's gradebook shows what is still to grade: "pending", never an empty cell.
  for (const auto& e : run.pending)
    if (e.points) {
      book.points[e.exercise] = *e.points;
      book.rows[e.submitter].cells[e.exercise] = "pending";
    }
  for (const auto& e : run.entries) add(book, e);
  const std::string incomplete = incomplete_note(run);  // on every row: a partial gradebook must not pass for a whole one
  bool any_errors = false, any_notes = !incomplete.empty();
  for (const auto& [submitter, row] : book.rows) any_errors = any_errors || !row.errors.empty(), any_notes = any_notes || !row.notes.empty();
  double most = 0;
  for (const auto& [exercise, points] : book.points) most += points;
  const std::string sandbox = sandbox_note(run);

  std::vector<std::string> header{"submitter"};
  for (const auto& [exercise, points] : book.points) header.push_back(csv_text(exercise));
  header.push_back("total (of " + format_score(most) + ")");
  if (any_errors) header.push_back("errors");
  if (!sandbox.empty()) header.push_back("sandbox");
  if (any_notes) header.push_back("notes");
  std::string out = (bom ? kByteOrderMark : "") + csv_line(header);
  for (const auto& [submitter, row] : book.rows) {
    std::vector<std::string> fields{csv_text(submitter)};
    for (const auto& [exercise, points] : book.points) fields.push_back(row.cells.count(exercise) ? row.cells.at(exercise) : "");
    fields.push_back(format_score(row.total));
    if (any_errors) fields.push_back(csv_text(row.errors));
    if (!sandbox.empty()) fields.push_back(sandbox);
    if (any_notes) fields.push_back(csv_text(incomplete + (incomplete.empty() || row.notes.empty() ? "" : "; ") + row.notes));
    out += csv_line(fields);
  }
  return out;
}

}  // namespace pyjudge
