#include "judge/report/gradebook.hpp"

#include <map>
#include <set>

#include "judge/text/csv.hpp"

namespace pyjudge {

std::string csv_gradebook(const BatchRun& run) {
  std::set<std::string> exercises;
  std::map<std::string, std::map<std::string, std::string>> cells;  // submitter -> exercise -> cell
  for (const auto& e : run.entries) {
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
  std::string out = csv_line(header);
  for (const auto& [submitter, row] : cells) {
    std::vector<std::string> fields{csv_text(submitter)};
    for (const auto& ex : exercises) fields.push_back(row.count(ex) ? row.at(ex) : "");
    if (!sandbox.empty()) fields.push_back(sandbox);
    out += csv_line(fields);
  }
  return out;
}

}  // namespace pyjudge
