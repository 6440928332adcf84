// Codec names as CPython resolves them, and decoding with glibc's iconv.
#include <doctest/doctest.h>

#include "judge/source/python_codecs.hpp"

using namespace pyjudge;

TEST_CASE("a name resolves as encodings.search_function resolves it") {
  CHECK(python_codec("latin-1") == "latin_1");
  CHECK(python_codec("ISO-8859-1") == "latin_1");
  CHECK(python_codec("iso8859") == "latin_1");
  CHECK(python_codec("Windows-1251") == "cp1251");
  CHECK(python_codec("cp1251") == "cp1251");
  CHECK(python_codec("KOI8-R") == "koi8_r");
  CHECK(python_codec("iso_646.irv_1991") == "ascii");
  CHECK(python_codec("utf8") == "utf_8");
  CHECK(python_codec("euc_cn") == "gb2312");
  CHECK(python_codec("shift_jis") == std::nullopt);  // glibc's table differs from CPython's
  CHECK(python_codec("utf-16") == std::nullopt);     // not ASCII-compatible
  CHECK(python_codec("nonsense") == std::nullopt);
}

TEST_CASE("decoding gives UTF-8, or where the first byte that does not decode is") {
  CHECK(decode_codec("latin_1", "caf\xE9").text == "caf\xC3\xA9");
  CHECK(decode_codec("cp1251", "\xCF\xF0\xE8").text == "\xD0\x9F\xD1\x80\xD0\xB8");
  const auto bad = decode_codec("cp1252", "ab\x81z");
  CHECK(bad.bad_at == 2u);
  CHECK(bad.text == "ab");
  CHECK(decode_codec("gb2312", "x\xC4").bad_at == 1u);  // cut short
}
