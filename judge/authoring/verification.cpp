#include "judge/authoring/verification.hpp"

#include <algorithm>

#include "judge/authoring/exercise_folder.hpp"
#include "judge/source/source_file.hpp"

namespace pyjudge {
namespace fs = std::filesystem;

namespace {

std::string test_label(const TestColumn& c) {
  return (c.visible ? "example " : "test ") + c.label + " '" + c.name + "'";
}

std::string ms(std::uint64_t v) { return std::to_string(v) + " ms"; }

std::string verdict_list(const RunSeries& s) {
  std::string out;
  for (const auto& r : s.runs) out += (out.empty() ? "" : ", ") + std::string(verdict_name(r.verdict));
  return out;
}

void columns(ExerciseVerification& v, const Exercise& ex) {
  v.tests.clear();
  int examples = 0, hidden = 0;
  for (std::size_t i = 0; i < ex.tests.size(); ++i) {
    const auto& t = ex.tests[i];
    TestColumn c;
    c.visible = t.visible;
    c.label = t.visible ? "e" + std::to_string(++examples) : std::to_string(++hidden);
    c.name = t.name;
    c.cpu_limit_ms = t.limits.cpu_ms;
    if (v.reference)
      for (const auto& run : v.reference->series.runs)
        if (i < run.tests.size()) c.reference_max_cpu_ms = std::max(c.reference_max_cpu_ms, run.tests[i].cpu_ms);
    v.tests.push_back(c);
  }
}

void verdicts(ExerciseVerification& v) {
  auto note_internal = [&](const SolutionRow& row) {
    for (const auto& run : row.series.runs)
      if (run.verdict == Verdict::InternalError) v.internal_error = true;
  };
  auto note_unstable = [&](const SolutionRow& row) {
    if (!row.series.unanimous())
      v.warnings.push_back({"unstable", row.file + ": the verdict changed between runs (" + verdict_list(row.series) +
                                            "); reported: " + verdict_name(row.series.result().verdict)});
  };
  if (v.reference) {
    auto& ref = *v.reference;
    ref.ok = ref.series.result().verdict == Verdict::Accepted;
    if (!ref.ok)
      v.failures.push_back("the reference solution got " + std::string(verdict_name(ref.series.result().verdict)) + ", not accepted");
    note_internal(ref);
    note_unstable(ref);
  }
  for (auto& row : v.wrong) {
    const Verdict got = row.series.result().verdict;
    row.ok = row.expected && got == *row.expected;
    if (!row.ok)
      v.failures.push_back(row.file + ": expected " + std::string(row.expected ? verdict_name(*row.expected) : "?") +
                           ", got " + verdict_name(got));
    note_internal(row);
    note_unstable(row);
  }
  if (v.starter) note_internal(*v.starter);
}

void coverage(ExerciseVerification& v) {
  std::vector<int> catches(v.tests.size(), 0);
  bool any_runs_tests = false;
  for (const auto& row : v.wrong) {
    const auto& r = row.series.result();
    if (decided_before_tests(r)) continue;
    any_runs_tests = true;
    std::vector<std::string> visible_catchers;
    bool hidden_caught = false;
    for (std::size_t i = 0; i < r.tests.size() && i < v.tests.size(); ++i) {
      if (r.tests[i].verdict == Verdict::Accepted) continue;
      ++catches[i];
      if (v.tests[i].visible) visible_catchers.push_back(v.tests[i].label);
      else hidden_caught = true;
    }
    if (!hidden_caught && !visible_catchers.empty()) {
      std::string labels;
      for (const auto& l : visible_catchers) labels += (labels.empty() ? "" : ", ") + l;
      v.warnings.push_back({"caught_only_by_examples",
                            row.file + " is caught only by visible examples (" + labels + "): add a hidden test for this mistake"});
    }
  }
  if (v.wrong.empty()) {
    v.warnings.push_back({"no_wrong_solutions", "no known-wrong solutions in wrong/: nothing shows that the tests catch mistakes"});
  } else if (any_runs_tests) {
    for (std::size_t i = 0; i < v.tests.size(); ++i)
      if (!v.tests[i].visible && catches[i] == 0)
        v.warnings.push_back({"catches_nothing", test_label(v.tests[i]) + " catches nothing: no known-wrong solution fails it"});
  }
}

void starter(ExerciseVerification& v) {
  if (!v.starter) return;
  const auto& r = v.starter->series.result();
  if (r.verdict == Verdict::SyntaxError) {
    v.warnings.push_back({"starter_syntax_error", "the starter code does not compile: " + r.message});
    return;
  }
  for (std::size_t i = 0; i < r.tests.size() && i < v.tests.size(); ++i)
    if (r.tests[i].verdict == Verdict::Accepted)
      v.warnings.push_back({"starter_passes", "the starter code passes " + test_label(v.tests[i]) +
                                                  ": the test is too weak (the starter should fail every test)"});
}

void calibration(ExerciseVerification& v) {
  if (!v.reference || !v.reference->ok) return;
  for (const auto& c : v.tests) {
    if (c.cpu_limit_ms < kLimitHeadroom * static_cast<double>(c.reference_max_cpu_ms)) {
      const auto wanted = static_cast<std::uint64_t>(kLimitHeadroom * static_cast<double>(c.reference_max_cpu_ms));
      v.warnings.push_back({"tight_limit", test_label(c) + ": the CPU limit of " + ms(c.cpu_limit_ms) +
                                               " is less than 3x the reference's slowest run (" + ms(c.reference_max_cpu_ms) +
                                               "); raise it to at least " + ms(wanted) + " or make the test smaller"});
    }
  }
  for (const auto& row : v.wrong) {
    const auto& r = row.series.result();
    if (decided_before_tests(r)) continue;
    for (std::size_t i = 0; i < r.tests.size() && i < v.tests.size(); ++i) {
      const auto& c = v.tests[i];
      const auto& t = r.tests[i];
      if (row.expected == Verdict::TimeLimitExceeded && t.verdict == Verdict::TimeLimitExceeded &&
          kCloseToLimit * static_cast<double>(c.reference_max_cpu_ms) >= c.cpu_limit_ms)
        v.warnings.push_back({"fragile_time_limit", row.file + " times out on " + test_label(c) + ", but the reference needs " +
                                                        ms(c.reference_max_cpu_ms) + " of its " + ms(c.cpu_limit_ms) +
                                                        " limit there: too thin a margin to tell them apart reliably"});
      if (t.verdict == Verdict::Accepted && kCloseToLimit * static_cast<double>(t.cpu_ms) >= c.cpu_limit_ms)
        v.warnings.push_back({"near_limit_pass", row.file + " passed " + test_label(c) + " in " + ms(t.cpu_ms) + " of its " +
                                                     ms(c.cpu_limit_ms) + " limit: on another machine it may time out there"});
    }
  }
}

std::string relative_name(const fs::path& file, const fs::path& dir) {
  return file.lexically_relative(dir).generic_string();
}

}  // namespace

bool decided_before_tests(const SubmissionResult& r) {
  if (r.verdict == Verdict::SyntaxError || r.verdict == Verdict::RuleViolation) return true;
  return !r.tests.empty() && std::all_of(r.tests.begin(), r.tests.end(), [](const TestResult& t) {
    return t.verdict != Verdict::Accepted && t.message.rfind("not run", 0) == 0;
  });
}

void analyse(ExerciseVerification& v, const Exercise& ex) {
  v.failures.clear();
  v.warnings.clear();
  v.internal_error = false;
  columns(v, ex);
  verdicts(v);
  coverage(v);
  starter(v);
  calibration(v);
}

ExerciseVerification verify_exercise(RunnerSession& session, const fs::path& dir, std::size_t reference_runs) {
  ExerciseVerification v;
  v.dir = dir;
  ExerciseFolder folder = read_exercise_folder(dir);
  v.slug = folder.exercise.slug;
  if (folder.exercise.sealed && folder.diagnostics.empty())
    folder.diagnostics.push_back({(dir / "exercise.yaml").string(), 1, 1,
                                  "a sealed exercise has no reference solution to verify: verify the catalog it was sealed from"});
  if (!folder.diagnostics.empty()) {
    v.errors = std::move(folder.diagnostics);
    return v;
  }
  const Exercise& ex = folder.exercise;
  const std::string reference = folder.solution.filename().string();
  v.reference = SolutionRow{reference, std::nullopt, session.run(ex, read_solution_file(folder.solution), reference, reference_runs)};
  v.starter = SolutionRow{"starter", std::nullopt, session.run(ex, ex.starter, "starter")};
  for (const auto& wrong : folder.wrong) {
    const auto name = relative_name(wrong.path, dir);
    v.wrong.push_back({name, wrong.expected, session.run(ex, read_solution_file(wrong.path), name)});
  }
  analyse(v, ex);
  return v;
}

}  // namespace pyjudge
