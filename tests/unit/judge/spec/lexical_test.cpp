// Python identifiers and the YAML core schema's numbers.
#include <doctest/doctest.h>

#include "judge/spec/lexical.hpp"

using namespace pyjudge;

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
