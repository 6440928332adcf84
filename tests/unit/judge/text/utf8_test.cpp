// Strict UTF-8: what reports, source files and exercise files are checked against.
#include <doctest/doctest.h>

#include "judge/text/utf8.hpp"

using namespace pyjudge;

TEST_CASE("the first byte that starts no valid sequence") {
  CHECK(first_invalid_utf8("zo\xC3\xAB \xF0\x9F\x90\x8D") == std::nullopt);
  CHECK(first_invalid_utf8("ab\xE9z") == 2u);           // latin-1
  CHECK(first_invalid_utf8("a\xC0\xAF") == 1u);         // overlong '/'
  CHECK(first_invalid_utf8("\xED\xA0\x80") == 0u);      // a surrogate
  CHECK(first_invalid_utf8("\xF4\x90\x80\x80") == 0u);  // past U+10FFFF
  CHECK(first_invalid_utf8("ok\xE2\x82") == 2u);        // cut short
}

TEST_CASE("invalid bytes become U+FFFD one by one, valid text is kept") {
  CHECK(valid_utf8("zo\xC3\xAB") == "zo\xC3\xAB");
  CHECK(valid_utf8("\xFF" "a\xC0\xAF") == "\xEF\xBF\xBD" "a\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(valid_utf8(std::string("nul\0", 4)) == std::string("nul\0", 4));  // NUL is valid UTF-8
}

TEST_CASE("encoding a code point") {
  CHECK(utf8_encode(U'e') == "e");
  CHECK(utf8_encode(0xE9) == "\xC3\xA9");
  CHECK(utf8_encode(0x20AC) == "\xE2\x82\xAC");
  CHECK(utf8_encode(0x1F40D) == "\xF0\x9F\x90\x8D");
}
