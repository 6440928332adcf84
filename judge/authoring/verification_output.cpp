#include "judge/authoring/verification_output.hpp"

#include <algorithm>
#include <sstream>

#include "judge/authoring/calibration.hpp"
#include "judge/text/layout.hpp"

namespace pyjudge {
namespace {

std::string paint(const TerminalStyle& style, const char* code, const std::string& text) { return style.paint(code, text); }

using text::indent_lines;

std::string runs_note(const RunSeries& s) {
  return s.runs.size() > 1 ? " (" + std::to_string(s.runs.size()) + " runs)" : "";
}

std::string base_name(const std::string& file) {
  const auto slash = file.rfind('/');
  return slash == std::string::npos ? file : file.substr(slash + 1);
}

// The tests a run failed, with their messages and details (authors see hidden details too).
void print_failing_tests(std::ostream& out, const ExerciseVerification& v, const SubmissionResult& r, std::size_t max) {
  if (!r.message.empty()) out << "        " << r.message << "\n";
  std::size_t shown = 0;
  for (std::size_t i = 0; i < r.tests.size() && shown < max; ++i) {
    const auto& t = r.tests[i];
    if (t.verdict == Verdict::Accepted || t.message.rfind("not run", 0) == 0) continue;
    ++shown;
    const std::string label = i < v.tests.size() ? v.tests[i].label + " " : "";
    out << "        " << label << "'" << t.name << "': " << verdict_name(t.verdict) << (t.message.empty() ? "" : ": " + t.message) << "\n";
    if (!t.details.empty()) out << indent_lines(t.details, "          ");
  }
  if (r.verdict != Verdict::Accepted && shown == 0 && r.message.empty()) out << "        (no test failed)\n";
  if (r.verdict == Verdict::Accepted) out << "        it passes every test: no test catches this mistake\n";
}

void print_matrix(std::ostream& out, const ExerciseVerification& v, const TerminalStyle& style) {
  std::size_t name_width = std::string("wrong solutions").size();
  for (const auto& row : v.wrong) name_width = std::max(name_width, base_name(row.file).size());
  std::size_t cell = 1;
  for (const auto& c : v.tests) cell = std::max(cell, c.label.size());
  auto cells = [&](auto&& mark) {
    std::string line;
    bool seen_hidden = false;
    for (std::size_t i = 0; i < v.tests.size(); ++i) {
      if (!v.tests[i].visible && !seen_hidden) {
        seen_hidden = true;
        if (i > 0) line += "| ";
      }
      line += text::pad(mark(i), cell) + " ";
    }
    return line;
  };
  out << "  " << text::pad("wrong solutions", name_width) << "  " << cells([&](std::size_t i) { return v.tests[i].label; })
      << " verdict\n";
  for (const auto& row : v.wrong) {
    const auto& r = row.series.result();
    std::string middle;
    if (decided_before_tests(r)) {
      middle = text::pad("(no test ran)",
                         text::display_width(cells([](std::size_t) { return std::string(); })));
    } else {
      middle = cells([&](std::size_t i) {
        return std::string(1, i < r.tests.size() ? verdict_cell(r.tests[i].verdict) : '?');
      });
    }
    std::string verdict = verdict_name(r.verdict);
    verdict += row.ok ? "  " + paint(style, "32", "ok")
                      : "  " + paint(style, "31", std::string("FAIL, expected ") + (row.expected ? verdict_name(*row.expected) : "?"));
    out << "  " << text::pad(base_name(row.file), name_width) << "  " << middle << " " << verdict << runs_note(row.series) << "\n";
  }
}

// The tests' CPU against their limits and, with --calibrate, the limits the
// rule gives (calibration.hpp).
void print_calibration(std::ostream& out, const ExerciseVerification& v, bool calibrate) {
  const auto plan = calibrate ? plan_calibration(v) : std::nullopt;
  out << "  tests (CPU: the reference's slowest run / the limit" << (plan ? " -> calibrated" : "") << ")\n";
  std::size_t label_width = 2, name_width = 4;
  for (const auto& c : v.tests) {
    label_width = std::max(label_width, c.label.size());
    name_width = std::max(name_width, text::display_width(c.name));
  }
  name_width = std::min<std::size_t>(name_width, 48);
  for (std::size_t i = 0; i < v.tests.size(); ++i) {
    const auto& c = v.tests[i];
    out << "    " << text::pad(c.label, label_width) << "  " << text::pad(text::truncate(c.name, name_width), name_width) << "  "
        << c.reference_max_cpu_ms << " / " << c.cpu_limit_ms << " ms";
    if (plan) out << " -> " << plan->cpu_ms[i] << " ms";
    out << "\n";
  }
  if (plan) out << "  calibrated default cpu_ms: " << plan->default_cpu_ms << "\n";
  if (calibrate && !plan) out << "  not calibrated: the reference was not accepted\n";
}

nlohmann::json run_json(const ExerciseVerification& v, const SolutionRow& row) {
  const auto& r = row.series.result();
  nlohmann::json runs = nlohmann::json::array(), failing = nlohmann::json::array(), caught_by = nlohmann::json::array(),
                 passes = nlohmann::json::array();
  for (const auto& run : row.series.runs) runs.push_back(verdict_name(run.verdict));
  const bool before = decided_before_tests(r);
  for (std::size_t i = 0; i < r.tests.size(); ++i) {
    const auto& t = r.tests[i];
    const std::string label = i < v.tests.size() ? v.tests[i].label : std::to_string(i);
    if (t.verdict == Verdict::Accepted) {
      passes.push_back(label);
      continue;
    }
    if (!before) caught_by.push_back(label);
    failing.push_back({{"test", label}, {"name", t.name}, {"verdict", verdict_name(t.verdict)}, {"message", t.message}, {"cpu_ms", t.cpu_ms}});
  }
  nlohmann::json j = {{"file", row.file},     {"verdict", verdict_name(r.verdict)}, {"ok", row.ok},
                      {"runs", runs},         {"score", r.score},                   {"message", r.message},
                      {"decided_before_tests", before}, {"caught_by", caught_by},   {"passes", passes},
                      {"failing", failing}};
  if (row.expected) j["expected"] = verdict_name(*row.expected);
  return j;
}

struct Counts {
  std::size_t ok = 0, failed = 0, invalid = 0, warnings = 0;
};

Counts count(const std::vector<ExerciseVerification>& all) {
  Counts c;
  for (const auto& v : all) {
    c.warnings += v.warnings.size();
    if (!v.errors.empty()) ++c.invalid;
    else if (v.ok()) ++c.ok;
    else ++c.failed;
  }
  return c;
}

}  // namespace

char verdict_cell(Verdict v) {
  switch (v) {
    case Verdict::Accepted: return '.';
    case Verdict::WrongAnswer: return 'W';
    case Verdict::RuntimeError: return 'E';
    case Verdict::TimeLimitExceeded: return 'T';
    case Verdict::MemoryLimitExceeded: return 'M';
    case Verdict::OutputLimitExceeded: return 'O';
    case Verdict::SyntaxError: return 'S';
    case Verdict::RuleViolation: return 'R';
    case Verdict::SandboxViolation: return 'X';
    case Verdict::InternalError: return 'I';
  }
  return '?';
}

void print_verification(std::ostream& out, const ExerciseVerification& v, const TerminalStyle& style, bool calibrate) {
  std::string status = v.ok() ? paint(style, "32", "ok") : !v.errors.empty() ? paint(style, "31", "INVALID") : paint(style, "31", "FAILED");
  if (!v.warnings.empty()) status += " (" + std::to_string(v.warnings.size()) + " warning" + (v.warnings.size() == 1 ? "" : "s") + ")";
  out << paint(style, "1", v.slug) << "  " << status << "\n";
  if (!v.errors.empty()) {
    for (const auto& d : v.errors) out << "  " << d.format() << "\n";
    return;
  }
  if (v.reference) {
    const auto& r = v.reference->series.result();
    out << "  reference  " << (v.reference->ok ? paint(style, "32", "accepted") : paint(style, "31", verdict_name(r.verdict)))
        << runs_note(v.reference->series) << "\n";
  }
  if (v.starter) {
    const auto& r = v.starter->series.result();
    const auto passed = passed_tests(r);
    out << "  starter    " << (passed == 0 ? "fails every test" : "passes " + std::to_string(passed) + " test(s)") << "\n";
  }
  if (!v.wrong.empty()) print_matrix(out, v, style);
  print_calibration(out, v, calibrate);
  if (!v.warnings.empty()) {
    out << "  warnings\n";
    for (const auto& w : v.warnings) out << "    - " << paint(style, "33", w.message) << "\n";
  }
  if (!v.failures.empty() || v.internal_error) {
    out << "  " << paint(style, "31", "failures") << "\n";
    if (v.reference && !v.reference->ok) {
      out << "    - " << v.failures.front() << "\n";
      print_failing_tests(out, v, v.reference->series.result(), 5);
    }
    for (const auto& row : v.wrong) {
      if (row.ok) continue;
      out << "    - " << row.file << ": expected " << (row.expected ? verdict_name(*row.expected) : "?") << ", got "
          << verdict_name(row.series.result().verdict) << "\n";
      print_failing_tests(out, v, row.series.result(), 3);
    }
    if (v.internal_error) out << "    - a run got internal_error: the judge failed, not the exercise\n";
  }
}

void print_verification_summary(std::ostream& out, const std::vector<ExerciseVerification>& all, const TerminalStyle& style) {
  const auto [ok, failed, invalid, warnings] = count(all);
  out << "cells: . passed, W wrong_answer, E runtime_error, T time_limit_exceeded, M memory_limit_exceeded,\n"
         "       O output_limit_exceeded, X sandbox_violation, I internal_error\n";
  const std::string line = "verified " + std::to_string(all.size()) + " exercise" + (all.size() == 1 ? "" : "s") + ": " +
                           std::to_string(ok) + " ok, " + std::to_string(failed) + " failed, " + std::to_string(invalid) +
                           " invalid, " + std::to_string(warnings) + " warning" + (warnings == 1 ? "" : "s");
  out << paint(style, failed + invalid ? "31" : "32", line) << "\n";
}

nlohmann::json verification_json(const std::vector<ExerciseVerification>& all, bool calibrate) {
  nlohmann::json exercises = nlohmann::json::array();
  for (const auto& v : all) {
    nlohmann::json errors = nlohmann::json::array(), tests = nlohmann::json::array(), wrong = nlohmann::json::array(),
                   warns = nlohmann::json::array();
    for (const auto& d : v.errors) errors.push_back(d.format());
    for (std::size_t i = 0; i < v.tests.size(); ++i) {
      const auto& c = v.tests[i];
      nlohmann::json caught_by = nlohmann::json::array();
      for (const auto& row : v.wrong) {
        const auto& r = row.series.result();
        if (!decided_before_tests(r) && i < r.tests.size() && r.tests[i].verdict != Verdict::Accepted) caught_by.push_back(row.file);
      }
      tests.push_back({{"label", c.label}, {"name", c.name}, {"visible", c.visible}, {"cpu_limit_ms", c.cpu_limit_ms},
                       {"reference_max_cpu_ms", c.reference_max_cpu_ms}, {"caught_by", caught_by}});
    }
    for (const auto& row : v.wrong) wrong.push_back(run_json(v, row));
    for (const auto& w : v.warnings) warns.push_back({{"kind", w.kind}, {"message", w.message}});
    nlohmann::json e = {{"exercise", v.slug}, {"path", v.dir.string()}, {"ok", v.ok()},       {"errors", errors},
                        {"tests", tests},     {"wrong", wrong},         {"failures", v.failures}, {"warnings", warns},
                        {"internal_error", v.internal_error}};
    e["reference"] = v.reference ? run_json(v, *v.reference) : nlohmann::json();
    e["starter"] = v.starter ? run_json(v, *v.starter) : nlohmann::json();
    if (const auto plan = calibrate ? plan_calibration(v) : std::nullopt)
      e["calibration"] = {{"default_cpu_ms", plan->default_cpu_ms}, {"cpu_ms", plan->cpu_ms}};
    exercises.push_back(std::move(e));
  }
  const auto [ok, failed, invalid, warnings] = count(all);
  return {{"exercises", exercises},
          {"summary", {{"exercises", all.size()}, {"ok", ok}, {"failed", failed}, {"invalid", invalid}, {"warnings", warnings}}}};
}

}  // namespace pyjudge
