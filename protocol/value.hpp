// A plain Python value as the judge sees it: expected values from YAML and
// observations decoded from a runner share this one type, so comparison is a
// pure C++ function of two Values (invariant 1, docs/architecture.md).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace pyjudge {

struct Value {
  enum class Kind : std::uint8_t { None, Bool, Int, Float, Str, Bytes, List, Tuple, Dict, Set, FrozenSet, Unsupported };

  Kind kind = Kind::None;
  bool boolean = false;
  double number = 0.0;
  // Int: canonical two's-complement little-endian bytes (see bigint.hpp).
  // Str: UTF-8. Bytes: raw. Unsupported: what the runner could not report.
  std::string text;
  // List/Tuple/Set/FrozenSet: the elements. Dict: key, value, key, value, ...
  std::vector<Value> items;

  static Value none() { return {}; }
  static Value of_bool(bool b);
  static Value of_int(long long v);
  static Value of_int_decimal(std::string_view decimal);  // throws std::invalid_argument
  static Value of_float(double d);
  static Value of_str(std::string s);
  static Value of_bytes(std::string s);
  static Value sequence(Kind kind, std::vector<Value> items);
  static Value unsupported(std::string what);

  bool is_number() const { return kind == Kind::Int || kind == Kind::Float; }
  bool is_sequence() const { return kind == Kind::List || kind == Kind::Tuple; }
  double as_double() const;  // Int or Float
};

// A total order consistent with type-strict equality: values of different kinds
// differ, dicts and sets compare regardless of order, nan equals nan.
int compare_values(const Value& a, const Value& b);
inline bool values_equal(const Value& a, const Value& b) { return compare_values(a, b) == 0; }
// `v` with every set's elements and every dict's entries (by key, then value)
// sorted in that order, at every level: two values are equal exactly when
// their canonical forms are alike item by item (floats: 0.0 and -0.0, and
// any two nans, count as alike).
Value canonical_form(const Value& v);

// Python-like repr, for diffs. Long output is cut at `max_chars`.
std::string repr(const Value& v, std::size_t max_chars = 2000);
const char* kind_name(Value::Kind kind);

}  // namespace pyjudge
