// What a failing visible test shows of the expected and the actual value:
// both whole when they are short; for long ones, where they first differ (an
// index or key path such as [137]['name']) with a few elements of context on
// each side and the rest elided, or, under the unordered and set comparators,
// which elements are missing and which were not expected. Strings of several
// lines get a line diff. Compared under the test's comparator.
#pragma once

#include <string>

#include "judge/spec/exercise.hpp"
#include "protocol/value.hpp"

namespace pyjudge {

// A value whose repr is at most this many characters is shown whole.
inline constexpr std::size_t kWholeValueChars = 100;

// The text below a failing test: "expected: ...\nactual:   ..." (no final newline).
std::string value_diff(const Value& expected, const Value& actual, const TestCase& test);

}  // namespace pyjudge
