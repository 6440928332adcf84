// The wire encoding of observed values: a round trip of every kind, and forged
// encodings rejected.
#include <doctest/doctest.h>

#include "protocol/value_codec.hpp"

using namespace pyjudge;
using namespace pyjudge::wire;

namespace {

Value sample_value() {
  return Value::sequence(Value::Kind::List,
                         {Value::none(), Value::of_bool(true), Value::of_int_decimal("-123456789012345678901234567890"),
                          Value::of_float(1.5), Value::of_str("héllo"), Value::of_bytes(std::string("\0\xff", 2)),
                          Value::sequence(Value::Kind::Tuple, {Value::of_int(1)}),
                          Value::sequence(Value::Kind::Dict, {Value::of_str("k"), Value::of_int(2)}),
                          Value::sequence(Value::Kind::Set, {Value::of_int(3)}),
                          Value::sequence(Value::Kind::FrozenSet, {}), Value::unsupported("unsupported type MyList")});
}

}  // namespace

TEST_CASE("every value kind round-trips through the codec") {
  Writer w;
  encode_value(w, sample_value());
  Reader r(w.data());
  const Value back = decode_value(r);
  CHECK(r.at_end());
  CHECK(values_equal(back, sample_value()));
  CHECK(repr(back) == "[None, True, -123456789012345678901234567890, 1.5, 'héllo', b'\\x00\\xff', (1,), {'k': 2}, {3}, "
                      "frozenset(), <unsupported type MyList>]");
}

TEST_CASE("forged value encodings are rejected") {
  SUBCASE("a container claiming more items than bytes follow") {
    Reader r(std::string_view("L\xff\xff\xff\x0f", 5));
    CHECK_THROWS_AS(decode_value(r), DecodeError);
  }
  SUBCASE("an unknown tag") {
    Reader r(std::string_view("?", 1));
    CHECK_THROWS_WITH_AS(decode_value(r), "unknown value tag 63", DecodeError);
  }
  SUBCASE("a non-canonical integer") {
    Reader r(std::string_view("I\x02\x00\x00\x00\x01\x00", 7));
    CHECK_THROWS_WITH_AS(decode_value(r), "non-canonical integer encoding", DecodeError);
  }
  SUBCASE("nesting deeper than the limit") {
    std::string deep;
    for (int i = 0; i <= kMaxValueDepth + 1; ++i) deep += std::string("L\x01\x00\x00\x00", 5);
    deep += "N";
    Reader r(deep);
    CHECK_THROWS_AS(decode_value(r), DecodeError);
  }
}
