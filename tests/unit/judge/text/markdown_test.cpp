// Statements for the terminal: paragraphs re-flowed, code kept as written,
// tables aligned.
#include <doctest/doctest.h>

#include "judge/text/layout.hpp"
#include "judge/text/markdown.hpp"

using namespace pyjudge;

TEST_CASE("markdown: paragraphs re-flow, list items hang, code blocks stay as written") {
  const std::string md =
      "First paragraph that is long enough\nto be joined.\n\n"
      "- an item that wraps onto\n  a second line\n- short\n\n"
      "```python\nx  =  [1,   2]   # spacing kept\n```\n"
      "    >>> indented(stays)\n";
  const auto out = text::render_markdown(md, 30);
  CHECK(out ==
        "First paragraph that is long\n"
        "enough to be joined.\n"
        "\n"
        "- an item that wraps onto a\n"
        "  second line\n"
        "- short\n"
        "\n"
        "    x  =  [1,   2]   # spacing kept\n"
        "    >>> indented(stays)\n");
}

TEST_CASE("markdown: a table between paragraphs is laid out as a table, not re-flowed into them") {
  const std::string md =
      "Before the table.\n\n"
      "| field | meaning |\n"
      "|---|---|\n"
      "| `name` | a string |\n"
      "| `age` | an int |\n"
      "\nAfter the table.\n";
  CHECK(text::render_markdown(md, 40, "  ") ==
        "  Before the table.\n"
        "\n"
        "  | field  | meaning  |\n"
        "  |--------|----------|\n"
        "  | `name` | a string |\n"
        "  | `age`  | an int   |\n"
        "\n"
        "  After the table.\n");
}

TEST_CASE("markdown: pipes in a paragraph or a code block are not a table") {
  const std::string md = "a | b is a union\n\n```\n| x |\n|---|\n```\n";
  CHECK(text::render_markdown(md, 40) == "a | b is a union\n\n    | x |\n    |---|\n");
}
