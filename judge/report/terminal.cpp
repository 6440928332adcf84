#include "judge/report/terminal.hpp"

#include <cstdio>

#include "judge/text/layout.hpp"

namespace pyjudge {
namespace {

using text::indent_lines;

const char* colour_of(Verdict v) {
  switch (v) {
    case Verdict::Accepted: return "32";
    case Verdict::InternalError: return "35";
    case Verdict::TimeLimitExceeded:
    case Verdict::MemoryLimitExceeded:
    case Verdict::OutputLimitExceeded: return "33";
    default: return "31";
  }
}

std::string padded(const std::string& s, std::size_t width) {
  return s.size() >= width ? s : s + std::string(width - s.size(), ' ');
}

void print_submission_message(std::ostream& out, const SubmissionResult& r) {
  if (!r.message.empty()) out << "  " << r.message << "\n";
  if (!r.details.empty()) out << indent_lines(r.details, "  ");
}

void print_test(std::ostream& out, const TestResult& t, const TerminalStyle& style) {
  const bool ok = t.verdict == Verdict::Accepted;
  char time[32];
  std::snprintf(time, sizeof time, "%6llu ms cpu", static_cast<unsigned long long>(t.cpu_ms));
  out << "  " << style.paint(colour_of(t.verdict), std::string(ok ? "PASS " : "FAIL ") + padded(verdict_name(t.verdict), 22))
      << time << "  " << t.name << (t.visible ? "" : " (hidden)") << "\n";
  if (ok) return;
  if (!t.message.empty()) out << "      " << t.message << "\n";
  if (t.visible && !t.details.empty()) out << indent_lines(t.details, "      ");
  if (t.visible && !t.stdout_text.empty() && !t.stdout_in_details) out << "      stdout:\n" << indent_lines(t.stdout_text, "        ");
  if (t.visible && !t.stderr_text.empty()) out << "      stderr:\n" << indent_lines(t.stderr_text, "        ");
}

}  // namespace

void print_terminal_report(std::ostream& out, const SubmissionResult& r, const TerminalStyle& style) {
  out << style.paint("1", r.exercise) << "  " << r.solution << "\n";
  const std::size_t passed = passed_tests(r);
  if (stopped_before_tests(r)) {
    print_submission_message(out, r);
    const std::size_t n = r.tests.size();
    out << "  " << style.paint(colour_of(r.tests.front().verdict), r.tests.front().message) << " (" << n
        << (n == 1 ? " test)" : " tests)") << "\n";
  } else {
    for (const auto& t : r.tests) print_test(out, t, style);
    print_submission_message(out, r);
  }
  char score[32];
  std::snprintf(score, sizeof score, "%.2f", r.score);
  out << style.paint(colour_of(r.verdict), verdict_name(r.verdict)) << "  score " << score << "  (" << passed << "/"
      << r.tests.size() << " tests passed)\n";
}

}  // namespace pyjudge
