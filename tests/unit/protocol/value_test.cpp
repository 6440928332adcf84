// Values: Python-like repr, type-strict equality and a total order that
// compares sets and dicts regardless of order.
#include <doctest/doctest.h>

#include <cmath>

#include "protocol/child_result.hpp"
#include "protocol/value.hpp"

using namespace pyjudge;

namespace {

// Frozensets nested `depth` deep, each level holding two frozensets that differ
// only in their last element (a marker int): comparing them means walking all
// of both.
Value nested_frozensets(int depth, int last_marker = 1) {
  std::vector<Value> items{Value::none()};
  for (int d = 1; d <= depth; ++d) {
    std::vector<Value> next;
    for (int i = 0; i < 2; ++i) {
      auto with_marker = items;
      with_marker.push_back(Value::of_int(d == depth && i == 1 ? last_marker : i));
      next.push_back(Value::sequence(Value::Kind::FrozenSet, std::move(with_marker)));
    }
    items = std::move(next);
  }
  return Value::sequence(Value::Kind::FrozenSet, std::move(items));
}

}  // namespace

TEST_CASE("repr follows Python") {
  CHECK(repr(Value::of_float(1.0)) == "1.0");
  CHECK(repr(Value::of_float(0.1)) == "0.1");
  CHECK(repr(Value::of_float(1e16)) == "1e+16");
  CHECK(repr(Value::of_float(1.5e-5)) == "1.5e-05");
  CHECK(repr(Value::of_float(NAN)) == "nan");
  CHECK(repr(Value::of_float(-INFINITY)) == "-inf");
  CHECK(repr(Value::of_str("it's")) == "\"it's\"");
  CHECK(repr(Value::of_str("a\nb")) == "'a\\nb'");
  CHECK(repr(Value::sequence(Value::Kind::Tuple, {Value::of_int(1)})) == "(1,)");
  CHECK(repr(Value::sequence(Value::Kind::Set, {})) == "set()");
}

TEST_CASE("type-strict equality") {
  CHECK_FALSE(values_equal(Value::of_int(1), Value::of_float(1.0)));
  CHECK_FALSE(values_equal(Value::of_int(1), Value::of_bool(true)));
  CHECK_FALSE(values_equal(Value::sequence(Value::Kind::List, {}), Value::sequence(Value::Kind::Tuple, {})));
  CHECK(values_equal(Value::of_float(NAN), Value::of_float(NAN)));
  CHECK(values_equal(Value::of_float(0.0), Value::of_float(-0.0)));
  const Value d1 = Value::sequence(Value::Kind::Dict, {Value::of_str("a"), Value::of_int(1), Value::of_str("b"), Value::of_int(2)});
  const Value d2 = Value::sequence(Value::Kind::Dict, {Value::of_str("b"), Value::of_int(2), Value::of_str("a"), Value::of_int(1)});
  CHECK(values_equal(d1, d2));
  const Value s1 = Value::sequence(Value::Kind::Set, {Value::of_int(1), Value::of_int(2)});
  const Value s2 = Value::sequence(Value::Kind::Set, {Value::of_int(2), Value::of_int(1)});
  CHECK(values_equal(s1, s2));
  CHECK_FALSE(values_equal(s1, Value::sequence(Value::Kind::FrozenSet, {Value::of_int(1), Value::of_int(2)})));
}

TEST_CASE("fuzz_frames: comparing nested frozensets takes time linear in their size, not exponential in their depth") {
  // compare_values sorted copies of every set inside every comparison: under
  // fuzz_frames this 5.9 KB observation took 7 s; in a release build a 24 KB
  // one took 4 s and the time grew about tenfold for each fourfold size, so a
  // candidate's 1 MB observation would have kept the judge busy for half an hour.
  const std::string framed = protocol::encode(protocol::ChildResult{{nested_frozensets(8)}, std::nullopt});
  CHECK(framed.size() == 5881);  // the 5871-byte value in a child result
  const auto result = protocol::decode_child_result(framed);
  REQUIRE(result.observations.size() == 1);
  CHECK(compare_values(result.observations[0], result.observations[0]) == 0);

  const Value big = nested_frozensets(14);  // 376 KB on the wire: still comparing after a minute before
  CHECK(values_equal(big, nested_frozensets(14)));
  CHECK(compare_values(big, nested_frozensets(14, 2)) < 0);
  CHECK(compare_values(nested_frozensets(14, 2), big) > 0);
}

TEST_CASE("sets and dicts still compare regardless of order") {
  const auto set_of = [](std::vector<Value> xs) { return Value::sequence(Value::Kind::Set, std::move(xs)); };
  const auto dict_of = [](std::vector<Value> xs) { return Value::sequence(Value::Kind::Dict, std::move(xs)); };
  CHECK(values_equal(set_of({Value::of_int(2), Value::of_int(1)}), set_of({Value::of_int(1), Value::of_int(2)})));
  CHECK(values_equal(dict_of({Value::of_str("b"), Value::of_int(2), Value::of_str("a"), set_of({Value::of_int(3), Value::of_int(1)})}),
                     dict_of({Value::of_str("a"), set_of({Value::of_int(1), Value::of_int(3)}), Value::of_str("b"), Value::of_int(2)})));
  CHECK(compare_values(set_of({Value::of_int(1), Value::of_int(3)}), set_of({Value::of_int(2), Value::of_int(1)})) > 0);  // {1,3} vs {1,2}
  CHECK(compare_values(dict_of({Value::of_int(1), Value::of_int(5)}), dict_of({Value::of_int(1), Value::of_int(6)})) < 0);
  CHECK(repr(set_of({Value::of_int(3), Value::of_int(1), Value::of_int(2)})) == "{1, 2, 3}");
}
