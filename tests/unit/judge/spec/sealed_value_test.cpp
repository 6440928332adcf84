// Sealed digests decide exactly what the plain comparators decide: for every
// pair of a pool of values and each comparator, equal digests if and only if
// `matches` says equal.
#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <vector>

#include "judge/grading/compare.hpp"
#include "judge/spec/sealed_value.hpp"

using namespace pyjudge;
using K = Value::Kind;

namespace {

Value list(std::vector<Value> items) { return Value::sequence(K::List, std::move(items)); }
Value tuple(std::vector<Value> items) { return Value::sequence(K::Tuple, std::move(items)); }
Value set(std::vector<Value> items) { return Value::sequence(K::Set, std::move(items)); }
Value frozen(std::vector<Value> items) { return Value::sequence(K::FrozenSet, std::move(items)); }
Value dict(std::vector<Value> flat) { return Value::sequence(K::Dict, std::move(flat)); }
Value i(long long v) { return Value::of_int(v); }
Value f(double v) { return Value::of_float(v); }
Value s(const char* v) { return Value::of_str(v); }

// Values that differ in each way a comparator cares about: type, order,
// repeats, nesting, signed zeros, nans, dict order, set order.
std::vector<Value> pool() {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  return {
      Value::none(), Value::of_bool(true), Value::of_bool(false), i(0), i(1), i(-1), Value::of_int_decimal("123456789012345678901234567890"),
      f(0.0), f(-0.0), f(1.0), f(nan), f(-nan), f(INFINITY), s(""), s("1"), s("a"), Value::of_bytes("a"),
      list({}), tuple({}), set({}), frozen({}), dict({}),
      list({i(1), i(2)}), list({i(2), i(1)}), list({i(1), i(2), i(2)}), list({i(2), i(1), i(2)}), list({i(2), i(2), i(1)}),
      tuple({i(1), i(2)}), tuple({i(2), i(1)}), tuple({i(1), i(2), i(1)}),
      list({f(0.0), f(nan)}), list({f(nan), f(-0.0)}), list({f(-0.0), f(nan), f(0.0)}),
      set({i(1), i(2)}), set({i(2), i(1)}), frozen({i(1), i(2)}), set({s("a"), s("b")}), set({s("b"), s("a")}),
      list({set({i(1), i(2)}), frozen({i(3)})}), list({set({i(2), i(1)}), frozen({i(3)})}), list({frozen({i(3)}), set({i(2), i(1)})}),
      frozen({frozen({i(1), i(2)}), frozen({i(3)})}), frozen({frozen({i(3)}), frozen({i(2), i(1)})}),
      dict({s("a"), i(1), s("b"), i(2)}), dict({s("b"), i(2), s("a"), i(1)}), dict({s("a"), i(2), s("b"), i(1)}),
      dict({tuple({i(1), i(2)}), list({dict({s("x"), set({i(2), i(1)})})})}),
      dict({tuple({i(1), i(2)}), list({dict({s("x"), set({i(1), i(2)})})})}),
      list({dict({s("a"), i(1), s("b"), i(2)}), list({i(1)})}), list({list({i(1)}), dict({s("b"), i(2), s("a"), i(1)})}),
  };
}

const char* name_of(Comparator c) {
  switch (c) {
    case Comparator::Exact: return "exact";
    case Comparator::Unordered: return "unordered";
    case Comparator::Set: return "set";
    case Comparator::Approx: return "approx";
  }
  return "?";
}

}  // namespace

TEST_CASE("equal digests exactly when the plain comparator matches") {
  const auto values = pool();
  const std::string salt = new_salt();
  int matching_pairs = 0;
  for (const Comparator compare : {Comparator::Exact, Comparator::Unordered, Comparator::Set}) {
    TestCase test;
    test.compare = compare;
    for (const auto& expected : values) {
      const auto sealed = observation_digest(expected, compare, salt);
      for (const auto& actual : values) {
        const bool plain = matches(expected, actual, test);
        const auto digest = observation_digest(actual, compare, salt);
        const bool by_digest = sealed && digest && *sealed == *digest;
        INFO(name_of(compare), ": expected ", repr(expected), ", actual ", repr(actual));
        CHECK(by_digest == plain);
        matching_pairs += plain && repr(expected) != repr(actual);
      }
    }
  }
  CHECK(matching_pairs > 20);  // the pool does hold equal values written differently
}

TEST_CASE("unordered and set digest only containers, and approx is never sealed") {
  const std::string salt = new_salt();
  CHECK_FALSE(observation_digest(i(1), Comparator::Unordered, salt));
  CHECK_FALSE(observation_digest(dict({}), Comparator::Set, salt));
  CHECK_FALSE(observation_digest(list({}), Comparator::Approx, salt));
  CHECK(observation_digest(i(1), Comparator::Exact, salt));
}

TEST_CASE("the salt changes every digest, and output has its own") {
  const std::string a = new_salt(), b = new_salt();
  CHECK(is_salt(a));
  CHECK(a != b);
  const auto digest = *observation_digest(i(55), Comparator::Exact, a);
  CHECK(is_digest(digest));
  CHECK(digest != *observation_digest(i(55), Comparator::Exact, b));
  CHECK(stdout_digest("55", a) != stdout_digest("55", b));
  CHECK(stdout_digest("55", a) == stdout_digest("55", a));
  CHECK(stdout_digest("55", a) != stdout_digest("55\n", a));
  CHECK_FALSE(is_digest(digest.substr(1)));
  CHECK_FALSE(is_salt("0123456789ABCDEF0123456789abcdef"));
}
