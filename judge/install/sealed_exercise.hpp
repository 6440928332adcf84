// An exercise as a sealed catalog holds it (docs/spec-format.md, "Sealed
// catalogs"): each hidden test of tests.yaml with its expected observations
// and output replaced by salted digests (judge/spec/sealed_value.hpp).
#pragma once

#include <cstddef>
#include <string>

#include "judge/spec/exercise.hpp"

namespace pyjudge {

// Whether test `index` of the exercise is sealed: a hidden test of tests.yaml
// with `expect` or `stdout`, not approx. Examples, visible tests, raises-only
// tests and a write-the-tests exercise's tests (made from its files) stay plain.
bool sealable(const Exercise& exercise, std::size_t index);

// The exercise with every sealable test's expectations replaced by digests
// under `salt`. Throws UsageError naming a test whose comparator could never
// accept its expected value.
Exercise sealed_copy(const Exercise& exercise, const std::string& salt);

// "" when `copy`, as read back from a sealed catalog, holds the plain
// exercise's tests: the same code, names, limits and plain expectations, and
// digests of exactly its expected values; else what differs.
std::string sealed_difference(const Exercise& plain, const Exercise& copy);

}  // namespace pyjudge
