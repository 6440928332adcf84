// The files an exercise of another kind brings besides its YAML
// (docs/spec-format.md, "Exercise kinds"): a SQL exercise's fixtures/*.sql, a
// write-the-tests exercise's implementation.py and mutants/*.py.
#pragma once

#include <filesystem>
#include <vector>

#include "judge/errors.hpp"
#include "judge/spec/exercise.hpp"

namespace pyjudge {

// fixtures/NAME.sql of `dir` into `exercise.fixtures` (a fixture of the same
// name in exercise.yaml is an error at the file).
void read_fixture_files(const std::filesystem::path& dir, Exercise& exercise, std::vector<Diagnostic>& sink);
// The tests of a write-the-tests exercise, made from implementation.py and
// mutants/*.py (sorted by name); and the introspection names added to its
// forbid_names. A missing file is a diagnostic.
void make_mutation_tests(const std::filesystem::path& dir, Exercise& exercise, std::vector<Diagnostic>& sink);

}  // namespace pyjudge
