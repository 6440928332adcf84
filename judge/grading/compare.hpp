// The comparators of docs/spec-format.md, evaluated in the judge only.
#pragma once

#include <string>

#include "judge/spec/exercise.hpp"
#include "protocol/value.hpp"

namespace pyjudge {

// True when `actual` matches `expected` under the test's comparator.
bool matches(const Value& expected, const Value& actual, const TestCase& test);

// Whether the test checks observations: it has `expect`, plain or sealed.
bool expects_observations(const TestCase& test);
// The test's expectation against what it observed: a call's one value, or a
// code test's list of observations (as many as expected, each compared on its
// own). A sealed test compares digests (judge/spec/sealed_value.hpp).
bool observations_match(const TestCase& test, const Value& observed);
// The captured standard output against `stdout`, plain or sealed; true when
// the test does not check it.
bool stdout_matches(const TestCase& test, const std::string& text);

}  // namespace pyjudge
