// The digests of a sealed catalog (docs/spec-format.md, "Sealed catalogs"):
// a hidden test's expected observations and output, as salted SHA-256
// digests of their canonical wire encoding. Grading digests what a solution
// observed the same way and compares the digests, in the judge (invariant 1):
// equal digests exactly when the plain comparator would say equal.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "judge/spec/exercise.hpp"
#include "protocol/value.hpp"

namespace pyjudge {

// 16 random bytes as 32 hex digits: one per exercise, stored in its sealed file.
std::string new_salt();

// The digest of one observation as `compare` sees it: exact: sets and dicts in
// canonical order; unordered: the container's elements sorted (repeats kept);
// set: sorted without repeats. Floats count 0.0 as -0.0 and every nan alike.
// nullopt when the comparator never accepts such a value (unordered and set
// need a list, tuple, set or frozenset; approx is never sealed).
std::optional<std::string> observation_digest(const Value& value, Comparator compare, std::string_view salt);

// The digest of a test's expected or captured standard output.
std::string stdout_digest(std::string_view text, std::string_view salt);

// Whether a hex string is a salt or a digest as the functions above write them.
bool is_salt(std::string_view text);
bool is_digest(std::string_view text);

}  // namespace pyjudge
