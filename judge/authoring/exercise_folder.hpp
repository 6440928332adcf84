// An exercise folder as an author sees it: the YAML plus the reference
// solution, the known-wrong solutions and their declared verdicts. `validate`
// and `verify` both start here (docs/cli.md).
#pragma once

#include <filesystem>
#include <optional>
#include <vector>

#include "judge/errors.hpp"
#include "judge/spec/exercise.hpp"
#include "judge/grading/verdict.hpp"

namespace pyjudge {

struct WrongSolution {
  std::filesystem::path path;
  Verdict expected = Verdict::WrongAnswer;
};

struct ExerciseFolder {
  Exercise exercise;
  std::filesystem::path solution;     // dir/solution.py
  std::vector<WrongSolution> wrong;   // wrong/*.py with a valid first line, sorted by name
  std::vector<Diagnostic> diagnostics;  // everything wrong with the folder; empty when valid
};

// The verdict that line 1 of a known-wrong solution declares (`# expect: wrong_answer`);
// nullopt with a file:1:column diagnostic when the line is missing or names no
// verdict a wrong solution can get (accepted and internal_error cannot).
std::optional<Verdict> declared_verdict(const std::filesystem::path& file, std::vector<Diagnostic>& sink);

// Every check `pyjudge validate` makes: the spec files, the folder name,
// solution.py, wrong/*.py first lines, at least one test. A sealed exercise
// (exercise.yaml says `sealed: true`) has neither solution.py nor wrong/.
ExerciseFolder read_exercise_folder(const std::filesystem::path& dir);

}  // namespace pyjudge
