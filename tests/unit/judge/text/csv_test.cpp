// CSV as manifests and gradebooks write it.
#include <doctest/doctest.h>

#include "judge/text/csv.hpp"

using namespace pyjudge;

TEST_CASE("CSV: quoted fields, doubled quotes, line breaks and blank lines") {
  const auto records = parse_csv("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n\nlast,,\n");
  REQUIRE(records.size() == 3);
  CHECK(records[1].fields == std::vector<std::string>{"x, y", "say \"hi\"", "two\nlines"});
  CHECK(records[1].line == 2);
  CHECK(records[2].line == 5);  // counted through the quoted line break and the blank line
  CHECK(records[2].fields == std::vector<std::string>{"last", "", ""});
  CHECK_THROWS_WITH(parse_csv("a\n\"open"), "line 2: a quoted field is not closed");
  CHECK(csv_line({"plain", "a,b", "q\"q"}) == "plain,\"a,b\",\"q\"\"q\"\r\n");
  CHECK(csv_text("=SUM(A1)") == "'=SUM(A1)");
  CHECK(csv_text("alice") == "alice");
}

TEST_CASE("CSV lines are UTF-8: other bytes become U+FFFD, as in the JSON and JUnit reports") {
  CHECK(csv_line({"zo\xEB", "ok"}) == "zo\xEF\xBF\xBD,ok\r\n");
  CHECK(csv_line({"zo\xC3\xAB"}) == "zo\xC3\xAB\r\n");
}
