// The comparators of docs/spec-format.md, evaluated in the judge only.
#pragma once

#include <string>

#include "judge/spec/exercise.hpp"
#include "protocol/value.hpp"

namespace pyjudge {

// True when `actual` matches `expected` under the test's comparator.
bool matches(const Value& expected, const Value& actual, const TestCase& test);

}  // namespace pyjudge
