#include "judge/report/feedback.hpp"

#include <algorithm>

namespace pyjudge {
namespace {

// Text that Markdown shows as written: its markup characters escaped.
std::string plain(const std::string& text) {
  std::string out;
  for (const char c : text) {
    if (std::string_view("\\`*_[]<>#|").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

// A fenced code block whose fence no line of `text` can close.
std::string code_block(const std::string& text, const std::string& indent) {
  std::size_t run = 0, longest = 0;
  for (const char c : text) longest = std::max(longest, run = c == '`' ? run + 1 : 0);
  const std::string fence(std::max<std::size_t>(3, longest + 1), '`');
  std::string out = indent + fence + "\n";
  std::size_t start = 0;
  while (start < text.size()) {
    const auto end = std::min(text.find('\n', start), text.size());
    out += indent + text.substr(start, end - start) + "\n";
    start = end + 1;
  }
  return out + indent + fence + "\n";
}

std::string points_text(double points) { return format_score(points) + (points == 1 ? " point" : " points"); }

std::string test_line(const TestResult& t) {
  const bool ok = t.verdict == Verdict::Accepted;
  std::string line = std::string("- ") + (ok ? "PASS" : "FAIL") + (t.visible ? "" : " (hidden)") + ": " + plain(t.name);
  if (!ok) line += " — " + std::string(verdict_name(t.verdict)) + (t.message.empty() ? "" : ": " + plain(t.message));
  line += "\n";
  if (!ok && t.visible && !t.details.empty()) line += "\n" + code_block(t.details, "  ") + "\n";
  return line;
}

std::string tests_section(const SubmissionResult& r) {
  if (stopped_before_tests(r))
    return "- " + plain(r.tests.front().message) + " (" + std::to_string(r.tests.size()) + " tests)\n";
  std::string out;
  for (const auto& t : r.tests) out += test_line(t);
  return out;
}

std::string graded_section(const BatchEntry& e) {
  const SubmissionResult& r = e.result;
  const std::size_t passed = passed_tests(r);
  std::string out = "## " + plain(e.exercise) + ": " + verdict_name(r.verdict) + "\n\n" + plain(e.path) + "\n\n";
  if (e.scored())
    out += "Score " + format_score(r.score) + " × " + points_text(e.points.value_or(1)) + " = " +
           format_score(r.score * e.points.value_or(1)) + ". ";
  else
    out += "Not scored: the judge failed on this submission, not you; it will be graded again. ";
  out += std::to_string(passed) + " of " + std::to_string(r.tests.size()) + " tests passed.\n\n";
  if (!r.message.empty()) out += plain(r.message) + "\n\n";
  if (!r.details.empty()) out += code_block(r.details, "") + "\n";
  return out + tests_section(r) + "\n";
}

std::string error_section(const BatchEntry& e) {
  return "## " + plain(e.exercise) + ": not graded\n\n" + plain(e.path) + ": " + plain(e.error) + "\n\n";
}

}  // namespace

std::string feedback_markdown(const std::string& submitter, const std::vector<const BatchEntry*>& entries,
                              const std::map<std::string, double>& columns) {
  double earned = 0, most = 0;
  std::map<std::string, bool> sent;  // exercise -> scored already (the first score stands, as in the gradebook)
  for (const BatchEntry* e : entries) {
    if (!e->points) continue;
    if (e->scored() && !sent[e->exercise]) earned += e->result.score * *e->points;
    sent[e->exercise] = sent[e->exercise] || e->scored();
  }
  std::string missing;
  for (const auto& [exercise, points] : columns) {
    most += points;
    if (!sent.count(exercise)) missing += "- " + plain(exercise) + " (" + points_text(points) + ")\n";
  }
  std::string out = "# " + plain(submitter) + "\n\nTotal: " + format_score(earned) + " of " + points_text(most) + ".\n\n";
  for (const BatchEntry* e : entries) out += e->graded() ? graded_section(*e) : error_section(*e);
  if (!missing.empty()) out += "## Not submitted\n\n" + missing;
  return out;
}

}  // namespace pyjudge
