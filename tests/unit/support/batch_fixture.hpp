// A small graded batch for the reporters' tests.
#pragma once

#include <string>
#include <vector>

#include "judge/batch/records.hpp"

namespace pyjudge::testing {

inline TestResult test(const std::string& name, Verdict verdict, bool visible = true) {
  TestResult t;
  t.name = name;
  t.verdict = verdict;
  t.visible = visible;
  t.message = verdict == Verdict::Accepted ? "" : "wrong answer";
  t.details = "expected: 1";
  t.stdout_text = "printed";
  t.wall_ms = 12;
  return t;
}

inline BatchEntry graded(const std::string& submitter, const std::string& exercise, std::vector<TestResult> tests) {
  BatchEntry e;
  e.submitter = submitter;
  e.exercise = exercise;
  e.path = submitter + "/" + exercise + ".py";
  e.points = 1.0;
  e.result.exercise = exercise;
  e.result.tests = std::move(tests);
  e.result.sandbox_layers = {"seccomp"};
  double passed = 0;
  e.result.verdict = Verdict::Accepted;
  for (const auto& t : e.result.tests) {
    if (t.verdict == Verdict::Accepted) passed += 1;
    else if (e.result.verdict == Verdict::Accepted) e.result.verdict = t.verdict;
  }
  e.result.score = passed / static_cast<double>(e.result.tests.size());
  return e;
}

inline BatchRun sample_run() {
  BatchRun run;
  run.entries.push_back(graded("amy", "vector", {test("a", Verdict::Accepted), test("b", Verdict::WrongAnswer, false),
                                                  test("c", Verdict::InternalError)}));
  BatchEntry missing;
  missing.submitter = "bob";
  missing.exercise = "nope";
  missing.path = "bob/nope.py";
  missing.error = "no exercise named 'nope'";
  run.entries.push_back(missing);
  run.python_version = "3.11.2";
  return run;
}

}  // namespace pyjudge::testing
