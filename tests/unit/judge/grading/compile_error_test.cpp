// A syntax error, shown once: the learner's path, line, column and a caret.
#include <doctest/doctest.h>

#include "judge/grading/compile_error.hpp"

using namespace pyjudge;

TEST_CASE("the message names the path the learner gave, the line and the column") {
  CHECK(compile_error_message("/tmp/work/syntax.py", 1, 13, "expected ':'") == "/tmp/work/syntax.py, line 1, column 13: expected ':'");
  CHECK(compile_error_message("a.py", 0, 0, "source code cannot contain null bytes") == "a.py: source code cannot contain null bytes");
}

TEST_CASE("the caret goes under the column, counted in characters as Python counts them") {
  CHECK(caret_excerpt("x = 1\ndef evens(n)\n    pass\n", 2, 13) == "    def evens(n)\n                ^\n");
  CHECK(caret_excerpt("é = (1 2)\n", 1, 8) == "    é = (1 2)\n           ^\n");      // é is one column
  CHECK(caret_excerpt("名 = (1 2)\n", 1, 8) == "    名 = (1 2)\n            ^\n");   // 名 is two
  CHECK(caret_excerpt("\tx = (1 2)\n", 1, 9) == "    \tx = (1 2)\n    \t       ^\n");  // a tab stays a tab
}

TEST_CASE("line ends are Python's, and a line out of range shows nothing") {
  CHECK(caret_excerpt("a\r\nb c\r\n", 2, 3) == "    b c\n      ^\n");
  CHECK(caret_excerpt("a\n", 5, 1).empty());
  CHECK(caret_excerpt("a\nb\n", 2, 0) == "    b\n");
}
