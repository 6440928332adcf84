// `pyjudge seal CATALOG OUT`: the learners' copy of a catalog. Each exercise
// keeps its exercise.yaml (with `sealed: true` added) and a tests.yaml whose
// hidden tests carry salted digests instead of expected values
// (judge/spec/sealed_value.hpp); solution.py, wrong/ and every other file stay
// behind. docs/spec-format.md, "Sealed catalogs", says what stays plain.
#pragma once

#include <filesystem>
#include <string>

#include "judge/spec/exercise.hpp"

namespace pyjudge {

struct SealCounts {
  std::size_t exercises = 0;
  std::size_t sealed = 0;       // hidden tests now carrying digests
  std::size_t plain_approx = 0; // hidden approx tests, kept plain
  std::size_t plain_raises = 0; // hidden raises-only tests, kept plain
  std::size_t visible = 0;      // examples and visible tests, plain as ever
};

// The exercise with each hidden, non-approx test's `expect` and `stdout`
// replaced by digests under `salt`. Throws UsageError naming the test when a
// comparator could never accept its expected value.
Exercise sealed_copy(const Exercise& exercise, const std::string& salt);

// Seals every exercise of `catalog` into `out` (a new or empty folder), then
// reads the copy back and checks it holds the same tests. Throws SpecError
// when an exercise does not load, UsageError for a bad folder or an
// already sealed catalog, std::runtime_error when the copy does not read back.
SealCounts seal_catalog(const std::filesystem::path& catalog, const std::filesystem::path& out);

}  // namespace pyjudge
