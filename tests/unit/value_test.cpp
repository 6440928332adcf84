#include <doctest/doctest.h>

#include <cmath>

#include "core/bigint.hpp"
#include "core/value.hpp"

using namespace pyjudge;

TEST_CASE("big integers convert between decimal and two's complement") {
  for (const char* n : {"0", "1", "-1", "127", "128", "-128", "-129", "255", "256", "-9223372036854775808",
                        "1267650600228229401496703205376", "-1267650600228229401496703205376"}) {
    CAPTURE(n);
    CHECK(bigint::to_decimal(bigint::from_decimal(n)) == n);
  }
  CHECK(bigint::from_decimal("128") == std::string("\x80\x00", 2));
  CHECK(bigint::from_decimal("-128") == std::string("\x80", 1));
  CHECK(bigint::canonical(std::string("\x05\x00\x00", 3)) == "\x05");
  CHECK_THROWS(bigint::from_decimal("12a"));
}

TEST_CASE("big integers order numerically") {
  auto cmp = [](const char* a, const char* b) { return bigint::compare(bigint::from_decimal(a), bigint::from_decimal(b)); };
  CHECK(cmp("-300", "-2") < 0);
  CHECK(cmp("2", "300") < 0);
  CHECK(cmp("-1", "0") < 0);
  CHECK(cmp("100000000000000000000", "99999999999999999999") > 0);
  CHECK(cmp("42", "42") == 0);
}

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

#include "core/lexical.hpp"

TEST_CASE("YAML core-schema number recognition") {
  using namespace pyjudge::lexical;
  for (auto s : {"0", "-7", "+12", "123456789012345678901234567890"}) CHECK(is_yaml_int(s));
  for (auto s : {"", "-", "1.0", "1_000", "0x1f", "1e3"}) CHECK_FALSE(is_yaml_int(s));
  for (auto s : {"1.0", "-1.5", ".5", "1.", "1e3", "1E-3", "+2.5e+10"}) CHECK(is_yaml_float(s));
  for (auto s : {".", "e3", "1e", "1.0.0", "abc", "-", "1e+"}) CHECK_FALSE(is_yaml_float(s));
  CHECK(is_yaml_inf("-.inf"));
  CHECK(is_yaml_nan(".NaN"));
  CHECK_FALSE(is_yaml_nan("-.nan"));
  CHECK(is_identifier("_a1"));
  CHECK_FALSE(is_identifier("1a"));
  CHECK(is_dotted_identifier("json.JSONDecodeError"));
  CHECK_FALSE(is_dotted_identifier("a..b"));
  CHECK_FALSE(is_dotted_identifier("a."));
}
