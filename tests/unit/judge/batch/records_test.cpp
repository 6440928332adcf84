// Batch records as reports print them.
#include <doctest/doctest.h>

#include "judge/batch/records.hpp"

using namespace pyjudge;

TEST_CASE("scores print with at most four decimals") {
  CHECK(format_score(1.0) == "1");
  CHECK(format_score(0.0) == "0");
  CHECK(format_score(0.75) == "0.75");
  CHECK(format_score(2.0 / 3.0) == "0.6667");
}
