#include "judge/report/terminal.hpp"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <sstream>

namespace pyjudge {

TerminalStyle TerminalStyle::for_stream(int fd) {
  const char* no_colour = std::getenv("NO_COLOR");
  return {::isatty(fd) == 1 && !(no_colour && *no_colour)};
}

namespace {

std::string paint(const TerminalStyle& style, const char* code, const std::string& text) {
  return style.colour ? std::string("\033[") + code + "m" + text + "\033[0m" : text;
}

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

std::string indent(const std::string& text, const std::string& prefix) {
  std::istringstream in(text);
  std::string line, out;
  while (std::getline(in, line)) out += prefix + line + "\n";
  return out;
}

std::string padded(const std::string& s, std::size_t width) {
  return s.size() >= width ? s : s + std::string(width - s.size(), ' ');
}

}  // namespace

void print_terminal_report(std::ostream& out, const SubmissionResult& r, const TerminalStyle& style) {
  out << paint(style, "1", r.exercise) << "  " << r.solution << "\n";
  std::size_t passed = 0;
  for (const auto& t : r.tests) {
    const bool ok = t.verdict == Verdict::Accepted;
    passed += ok;
    char time[32];
    std::snprintf(time, sizeof time, "%6llu ms", static_cast<unsigned long long>(t.cpu_ms));
    out << "  " << paint(style, colour_of(t.verdict), std::string(ok ? "PASS " : "FAIL ") + padded(verdict_name(t.verdict), 22))
        << time << "  " << t.name << (t.visible ? "" : " (hidden)") << "\n";
    if (ok) continue;
    if (!t.message.empty()) out << "      " << t.message << "\n";
    if (t.visible && !t.details.empty()) out << indent(t.details, "      ");
    if (t.visible && !t.stdout_text.empty()) out << "      stdout:\n" << indent(t.stdout_text, "        ");
    if (t.visible && !t.stderr_text.empty()) out << "      stderr:\n" << indent(t.stderr_text, "        ");
  }
  if (!r.message.empty()) out << "  " << r.message << "\n";
  char score[32];
  std::snprintf(score, sizeof score, "%.2f", r.score);
  out << paint(style, colour_of(r.verdict), verdict_name(r.verdict)) << "  score " << score << "  (" << passed << "/"
      << r.tests.size() << " tests passed)\n";
}

}  // namespace pyjudge
