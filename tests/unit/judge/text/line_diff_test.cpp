// The line diff shown for a visible test's wrong output.
#include <doctest/doctest.h>

#include "judge/text/line_diff.hpp"

using namespace pyjudge;
using Op = text::DiffLine::Op;

namespace {

std::string numbered(int from, int to, int changed = -1) {
  std::string out;
  for (int i = from; i <= to; ++i) out += (i == changed ? "changed " : "line ") + std::to_string(i) + "\n";
  return out;
}

}  // namespace

TEST_CASE("the diff is a longest common subsequence: one change in forty lines is one line out, one in") {
  const auto lines = text::diff_lines(numbered(1, 40), numbered(1, 40, 20));
  std::size_t removed = 0, added = 0;
  for (const auto& l : lines) {
    removed += l.op == Op::Removed;
    added += l.op == Op::Added;
  }
  CHECK(lines.size() == 41);
  CHECK(removed == 1);
  CHECK(added == 1);
}

TEST_CASE("a line inserted in the middle shows as one added line, the rest elided around three of context") {
  const std::string expected = numbered(1, 40);
  std::string actual = numbered(1, 20) + "extra\n" + numbered(21, 40);
  CHECK(text::format_line_diff(expected, actual) ==
        "  ... (17 unchanged lines)\n"
        "  line 18\n  line 19\n  line 20\n"
        "+ extra\n"
        "  line 21\n  line 22\n  line 23\n"
        "  ... (17 unchanged lines)\n");
}

TEST_CASE("a change in the first line shows no context before it") {
  CHECK(text::format_line_diff("a\nb\n", "x\nb\n") == "- a\n+ x\n  b\n");
}

TEST_CASE("trailing blanks and a missing final newline are made visible") {
  CHECK(text::format_line_diff("a\n", "a \n") == "- a\n+ 'a '\n");
  CHECK(text::format_line_diff("a\nb\n", "a\nb") ==
        "  ... (2 unchanged lines)\n(the expected text ends with a newline; the actual one does not)\n");
  CHECK(text::format_line_diff("same\n", "same\n").empty());
}

TEST_CASE("texts too large to align are shown as all removed, then all added, between what they share") {
  const auto lines = text::diff_lines("a\nb\nc\nz\n", "a\nx\ny\nz\n", 4);
  REQUIRE(lines.size() == 6);
  CHECK(lines[0].op == Op::Same);
  CHECK(lines[1].op == Op::Removed);
  CHECK(lines[3].op == Op::Added);
  CHECK(lines[5].text == "z");
}
