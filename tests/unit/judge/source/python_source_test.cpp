// Candidates' files read as CPython 3.11 reads them (PEP 263); each expected
// outcome is what `python3 FILE` does with the same bytes.
#include <doctest/doctest.h>

#include "judge/source/python_source.hpp"

using namespace pyjudge;

namespace {

std::string problem_of(std::string_view bytes) {
  const auto r = decode_python_source(bytes);
  if (!r.problem) return "";
  return std::to_string(r.problem->line) + ":" + std::to_string(r.problem->column) + ": " + r.problem->message;
}

std::string text_of(std::string_view bytes) {
  const auto r = decode_python_source(bytes);
  REQUIRE_FALSE(r.problem);
  return r.text;
}

}  // namespace

TEST_CASE("UTF-8 is read as it is, and a UTF-8 BOM is dropped") {
  CHECK(text_of("s = 'caf\xC3\xA9'\n") == "s = 'caf\xC3\xA9'\n");
  CHECK(text_of("\xEF\xBB\xBFx = 1\n") == "x = 1\n");
  CHECK(text_of("\xEF\xBB\xBF# coding: utf-8\nx = 1\n") == "# coding: utf-8\nx = 1\n");
  CHECK(text_of("") == "");
  // Found by fuzz_source: only one BOM is dropped, as CPython drops one; the
  // second is U+FEFF, which compile() refuses ("invalid non-printable character").
  CHECK(text_of("\xEF\xBB\xBF\xEF\xBB\xBF as asc\f=i=is'\x02\n") == "\xEF\xBB\xBF as asc\f=i=is'\x02\n");
}

TEST_CASE("a coding cookie on line 1, or on line 2 after a comment or blank line 1, decodes the rest") {
  CHECK(text_of("# -*- coding: latin-1 -*-\nx = '\xE9'\n") == "# -*- coding: latin-1 -*-\nx = '\xC3\xA9'\n");
  CHECK(text_of("#!/usr/bin/python3\n# vim: set fileencoding=cp1251 :\nx = '\xCF'\n") ==
        "#!/usr/bin/python3\n# vim: set fileencoding=cp1251 :\nx = '\xD0\x9F'\n");
  CHECK(text_of("\n#coding=koi8_r\nx = '\xC1'\n") == "\n#coding=koi8_r\nx = '\xD0\xB0'\n");
  CHECK(text_of("# coding: ISO_8859_15\nx = '\xA4'\n") == "# coding: ISO_8859_15\nx = '\xE2\x82\xAC'\n");  // the euro sign
  CHECK(text_of("# coding: UTF8\nx = '\xC3\xA9'\n") == "# coding: UTF8\nx = '\xC3\xA9'\n");
  // The cookie's own line is read raw: a latin-1 byte there is no error.
  CHECK(text_of("# coding: latin-1 caf\xE9\nx = 1\n") == "# coding: latin-1 caf\xC3\xA9\nx = 1\n");
}

TEST_CASE("no cookie where CPython does not look: after code on line 1, or on line 3") {
  const std::string undeclared_line_3 =
      "3:4: Non-UTF-8 code starting with '\\xe9', but no encoding declared; see https://peps.python.org/pep-0263/ for details";
  CHECK(problem_of("x = 1\n# coding: latin-1\ns='\xE9'\n") == undeclared_line_3);
  CHECK(problem_of("#\n#\n# coding: latin-1\ns='\xE9'\n").rfind("4:4: Non-UTF-8 code", 0) == 0);
  CHECK(problem_of("x = '# coding: latin-1'\ns='\xE9'\n").rfind("2:4: Non-UTF-8 code", 0) == 0);
}

TEST_CASE("bytes that are not UTF-8, undeclared, are a syntax error at their line, comments included") {
  CHECK(problem_of("x = 1\ny = '\xE9'\n") ==
        "2:6: Non-UTF-8 code starting with '\\xe9', but no encoding declared; see https://peps.python.org/pep-0263/ for details");
  CHECK(problem_of("x = 1\n# caf\xE9\n").rfind("2:6: Non-UTF-8 code starting with '\\xe9'", 0) == 0);
  CHECK(problem_of("x='\xC0\xAF'\n").rfind("1:4: Non-UTF-8 code starting with '\\xc0'", 0) == 0);  // overlong
  // Line 1 is read before the cookie on line 2 applies.
  CHECK(problem_of("# caf\xE9\n# coding: latin-1\n").rfind("1:6: Non-UTF-8 code", 0) == 0);
}

TEST_CASE("UTF-8 declared by a BOM or a utf-8 cookie: comments are not checked, code and strings are") {
  CHECK(text_of("\xEF\xBB\xBFx = 1  # caf\xE9\n") == "x = 1  # caf\xEF\xBF\xBD\n");
  CHECK(text_of("# coding: utf-8\n# caf\xE9\n's # not a comment'\n") == "# coding: utf-8\n# caf\xEF\xBF\xBD\n's # not a comment'\n");
  CHECK(problem_of("\xEF\xBB\xBFx = '\xE9'\n") == "1:6: (unicode error) 'utf-8' codec can't decode byte 0xe9");
  CHECK(problem_of("# coding: utf-8\n'''\n# \xE9\n'''\n") == "3:3: (unicode error) 'utf-8' codec can't decode byte 0xe9");
  // Another spelling of UTF-8 goes through the codec, which checks everything.
  CHECK(problem_of("#\n# coding: utf8\nx = '\xE9'\n") == "3:6: encoding problem: utf8 (byte 0xe9 does not decode)");
}

TEST_CASE("cookies CPython refuses: with a BOM, unknown, or bytes the codec cannot decode") {
  CHECK(problem_of("\xEF\xBB\xBF# coding: latin-1\nx = 1\n") == "1:1: encoding problem: iso-8859-1 with BOM");
  CHECK(problem_of("\xEF\xBB\xBF# coding: utf8\nx = 1\n") == "1:1: encoding problem: utf8 with BOM");
  CHECK(problem_of("x = 1\n").empty());
  CHECK(problem_of("# coding: foobar\nx = 1\n").rfind("1:1: encoding problem: foobar", 0) == 0);
  CHECK(problem_of("# coding: utf-16\nx = 1\n").rfind("1:1: encoding problem: utf-16", 0) == 0);
  CHECK(problem_of("# coding: cp1252\nx = '\x81'\n") == "2:6: encoding problem: cp1252 (byte 0x81 does not decode)");
  CHECK(problem_of("# coding: ascii\nx = '\xE9'\n") == "2:6: encoding problem: ascii (byte 0xe9 does not decode)");
}

TEST_CASE("a NUL byte is a syntax error at its line, unless a problem comes before it") {
  CHECK(problem_of(std::string_view("x = 1\ny = 2\0\n", 13)) == "2:6: source code cannot contain null bytes");
  CHECK(problem_of(std::string_view("# coding: latin-1\nx = '\0'\n", 26)) == "2:6: source code cannot contain null bytes");
  CHECK(problem_of(std::string_view("x = '\xE9'\0\n", 9)).rfind("1:6: Non-UTF-8 code", 0) == 0);
  CHECK(problem_of(std::string_view("\0x = '\xE9'\n", 9)) == "1:1: source code cannot contain null bytes");
}
