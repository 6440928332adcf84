#include <doctest/doctest.h>

#include <cmath>

#include "judge/grading/compare.hpp"

using namespace pyjudge;

namespace {

Value ints(std::initializer_list<long long> xs, Value::Kind kind = Value::Kind::List) {
  std::vector<Value> items;
  for (auto x : xs) items.push_back(Value::of_int(x));
  return Value::sequence(kind, items);
}

TestCase with(Comparator c) {
  TestCase t;
  t.compare = c;
  return t;
}

}  // namespace

TEST_CASE("exact is type-strict and order-sensitive for lists") {
  const auto t = with(Comparator::Exact);
  CHECK(matches(ints({3, 1}), ints({3, 1}), t));
  CHECK_FALSE(matches(ints({3, 1}), ints({1, 3}), t));
  CHECK_FALSE(matches(ints({3, 1}), ints({3, 1}, Value::Kind::Tuple), t));
  CHECK_FALSE(matches(Value::of_int(1), Value::of_float(1.0), t));
}

TEST_CASE("an unsupported observation never matches, whatever the comparator") {
  for (auto c : {Comparator::Exact, Comparator::Unordered, Comparator::Set, Comparator::Approx})
    CHECK_FALSE(matches(Value::unsupported("unsupported type AlwaysEqual"), Value::unsupported("unsupported type AlwaysEqual"), with(c)));
}

TEST_CASE("unordered compares multisets") {
  const auto t = with(Comparator::Unordered);
  CHECK(matches(ints({3, 1}), ints({1, 3}), t));
  CHECK_FALSE(matches(ints({3, 1}), ints({1, 3, 3}), t));  // a repeated element is a difference
  CHECK_FALSE(matches(ints({3, 1}), ints({1}), t));
  CHECK_FALSE(matches(ints({1}), Value::of_int(1), t));
}

TEST_CASE("set ignores order and duplicates") {
  const auto t = with(Comparator::Set);
  CHECK(matches(ints({3, 1}), ints({1, 3, 3}), t));
  CHECK_FALSE(matches(ints({3, 1}), ints({1, 2}), t));
}

TEST_CASE("approx applies tolerances through containers") {
  auto t = with(Comparator::Approx);
  t.rel_tolerance = 1e-6;
  CHECK(matches(Value::of_float(1.0), Value::of_float(1.0 + 1e-9), t));
  CHECK_FALSE(matches(Value::of_float(1.0), Value::of_float(1.001), t));
  CHECK(matches(Value::of_int(2), Value::of_float(2.0000000001), t));
  CHECK(matches(Value::of_float(NAN), Value::of_float(NAN), t));
  CHECK(matches(Value::of_float(INFINITY), Value::of_float(INFINITY), t));
  CHECK_FALSE(matches(Value::of_float(INFINITY), Value::of_float(-INFINITY), t));
  t.rel_tolerance = 0;
  t.abs_tolerance = 0.01;
  const Value e = Value::sequence(Value::Kind::List, {Value::of_float(0.5), Value::of_str("x")});
  CHECK(matches(e, Value::sequence(Value::Kind::List, {Value::of_float(0.505), Value::of_str("x")}), t));
  CHECK_FALSE(matches(e, Value::sequence(Value::Kind::List, {Value::of_float(0.52), Value::of_str("x")}), t));
  CHECK_FALSE(matches(Value::of_bool(true), Value::of_int(1), t));
}
