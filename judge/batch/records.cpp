#include "judge/batch/records.hpp"

#include <cstdio>
#include <tuple>

namespace pyjudge {

bool batch_order(const BatchEntry& a, const BatchEntry& b) {
  return std::tie(a.submitter, a.exercise, a.path) < std::tie(b.submitter, b.exercise, b.path);
}

bool any_internal_error(const BatchRun& run) {
  for (const auto& e : run.entries)
    if (e.graded() && e.result.verdict == Verdict::InternalError) return true;
  return false;
}

std::string sandbox_note(const BatchRun& run) {
  if (run.missing_layers.empty()) return "";
  std::string note = "weak sandbox: missing ";
  for (std::size_t i = 0; i < run.missing_layers.size(); ++i) note += (i ? ", " : "") + run.missing_layers[i];
  return note;
}

std::string incomplete_note(const BatchRun& run) {
  if (run.complete()) return "";
  return "incomplete: " + std::to_string(run.entries.size()) + " of " + std::to_string(run.planned()) +
         " submissions graded (the run was stopped)";
}

void clear_measurements(BatchRun& run) {
  run.duration_ms = 0;
  for (auto& e : run.entries) {
    e.duration_ms = 0;
    for (auto& t : e.result.tests) t.cpu_ms = t.wall_ms = t.peak_kb = 0;
  }
}

std::string format_score(double score) {
  char text[32];
  std::snprintf(text, sizeof text, "%.4f", score);
  std::string s = text;
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s == "-0" ? "0" : s;
}

}  // namespace pyjudge
