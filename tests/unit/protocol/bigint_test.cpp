// Big ints as canonical two's-complement bytes.
#include <doctest/doctest.h>

#include "protocol/bigint.hpp"

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
