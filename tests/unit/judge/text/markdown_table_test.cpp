// Markdown pipe tables on a terminal: aligned in display columns (Cyrillic
// one column a letter, CJK two), cells wrapped at spaces to the width, and a
// list when the width cannot hold the columns.
#include <doctest/doctest.h>

#include "judge/text/layout.hpp"
#include "judge/text/markdown_table.hpp"

using namespace pyjudge;

namespace {

std::vector<std::string> render(const std::vector<std::string_view>& lines, std::size_t width) {
  return text::render_table(lines, width);
}

}  // namespace

TEST_CASE("cells are split at unescaped pipes, trimmed, and the outer pipes dropped") {
  CHECK(text::table_cells("| a | b |") == std::vector<std::string>{"a", "b"});
  CHECK(text::table_cells("a | b") == std::vector<std::string>{"a", "b"});
  CHECK(text::table_cells("| `x \\| y` | |") == std::vector<std::string>{"`x | y`", ""});
}

TEST_CASE("a table starts with a header and a delimiter row of as many cells") {
  CHECK(text::starts_table("| a | b |", "|---|:--:|"));
  CHECK(text::starts_table("a | b", "--- | ---:"));
  CHECK_FALSE(text::starts_table("| a | b |", "|---|"));           // one delimiter for two columns
  CHECK_FALSE(text::starts_table("| a | b |", "| x | y |"));       // not dashes
  CHECK_FALSE(text::starts_table("no pipe here", "---"));
}

TEST_CASE("columns are aligned by display width: Cyrillic counts one a letter, CJK two") {
  const auto lines = render({"| поле | 名前 |", "|---|---|", "| `name` | 中文字 |", "| да | x |"}, 80);
  REQUIRE(lines.size() == 4);
  CHECK(lines[0] == "| поле   | 名前   |");
  CHECK(lines[1] == "|--------|--------|");
  CHECK(lines[2] == "| `name` | 中文字 |");
  CHECK(lines[3] == "| да     | x      |");
  for (const auto& line : lines) CHECK(text::display_width(line) == text::display_width(lines[1]));
}

TEST_CASE("right and centre alignment follow the delimiter's colons") {
  const auto lines = render({"| n | word |", "|--:|:---:|", "| 1 | a |", "| 100 | abc |"}, 80);
  CHECK(lines[2] == "|   1 |  a   |");
  CHECK(lines[3] == "| 100 | abc  |");
}

TEST_CASE("wide cells wrap at spaces so that every line fits the width, with rules between the rows") {
  const std::string row =
      "| `name` | пустая строка или только пробельные символы: ValueError(\"name must not be blank\") |";
  const auto lines = render({"| поле | плохое значение |", "|---|---|", row, "| `age` | вне диапазона |"}, 40);
  std::string joined;
  for (const auto& line : lines) {
    CHECK(text::display_width(line) <= 40);
    CHECK(text::display_width(line) == text::display_width(lines[0]));
    joined += line + "\n";
  }
  CHECK(joined.find("| `name` | пустая строка или") != std::string::npos);
  CHECK(joined.find("\n|--------|") != std::string::npos);
  CHECK(joined.find("ValueError(\"name must") != std::string::npos);  // words are never cut
  CHECK(lines.back().find("| `age`  | вне диапазона") == 0);
}

TEST_CASE("a width too small for the longest words gives a list of header: cell") {
  const auto lines = render({"| поле | значение |", "|---|---|", "| `name` | строка_без_пробелов_очень_длинная |"}, 24);
  REQUIRE(lines.size() >= 2);
  CHECK(lines[0] == "- поле: `name`");
  CHECK(lines[1].rfind("  значение:", 0) == 0);
}

TEST_CASE("rows with missing cells get empty ones, and extra cells are dropped") {
  const auto lines = render({"| a | b |", "|---|---|", "| 1 |", "| 1 | 2 | 3 |"}, 80);
  CHECK(lines[2] == "| 1 |   |");
  CHECK(lines[3] == "| 1 | 2 |");
}
