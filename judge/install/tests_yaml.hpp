// Writes an exercise's tests.yaml from the loaded model, for `pyjudge seal`:
// what the loader reads back is the same tests (seal checks that it is).
// Comments and layout are not kept: a comment may name an expected value.
#pragma once

#include <string>

#include "judge/spec/exercise.hpp"

namespace pyjudge {

// tests.yaml for the tests that came from tests.yaml (after the examples),
// with their plain or sealed expectations; per-test limits only where they
// differ from the exercise's.
std::string tests_yaml(const Exercise& exercise);

}  // namespace pyjudge
