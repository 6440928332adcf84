// `pyjudge seal CATALOG OUT`: the learners' copy of a catalog. Each exercise
// keeps its exercise.yaml (with `sealed: true` added), a tests.yaml whose
// hidden tests carry salted digests instead of expected values
// (judge/install/sealed_exercise.hpp), and the files its kind needs to run: a
// SQL exercise's fixtures/*.sql, a write-the-tests exercise's
// implementation.py and mutants/*.py. The reference solution, wrong/ and
// every other file stay behind. docs/spec-format.md, "Sealed catalogs".
#pragma once

#include <cstddef>
#include <filesystem>

namespace pyjudge {

struct SealCounts {
  std::size_t exercises = 0;
  std::size_t sealed = 0;        // hidden tests now carrying digests
  std::size_t plain_approx = 0;  // hidden approx tests, kept plain
  std::size_t plain_raises = 0;  // hidden raises-only tests, kept plain
  std::size_t visible = 0;       // examples and visible tests, plain as ever
  std::size_t mutants = 0;       // write-the-tests mutants, readable: the runner needs their code
};

// Seals every exercise of `catalog` into `out` (a new or empty folder): writes
// the copy next to it, reads it back and checks it holds the same tests, then
// renames it to `out`. Throws SpecError when an exercise does not load,
// UsageError for a bad folder or an already sealed catalog, std::runtime_error
// when the copy does not read back as written.
SealCounts seal_catalog(const std::filesystem::path& catalog, const std::filesystem::path& out);

}  // namespace pyjudge
