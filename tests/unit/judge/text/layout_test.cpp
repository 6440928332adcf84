// Terminal layout: UTF-8 widths and wrapping that never splits a character.
#include <doctest/doctest.h>

#include "judge/text/layout.hpp"

using namespace pyjudge;

namespace {

bool valid_utf8(const std::string& s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    const std::size_t len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > s.size()) return false;
    for (std::size_t k = 1; k < len; ++k)
      if ((static_cast<unsigned char>(s[i + k]) >> 6) != 0x2) return false;
    i += len;
  }
  return true;
}

}  // namespace

TEST_CASE("display width counts characters, not bytes") {
  CHECK(text::display_width("abc") == 3);
  CHECK(text::display_width("кэш") == 3);           // 6 bytes
  CHECK(text::display_width("e\xcc\x81") == 1);      // e + combining acute accent
  CHECK(text::display_width("\xe4\xb8\xad") == 2);   // a wide CJK character
}

TEST_CASE("wrapping Russian text keeps every line within the width and every character whole") {
  const std::string text =
      "Реализуйте класс LRUCache — кэш «ключ–значение» фиксированного размера, который при переполнении "
      "выбрасывает ключ, дольше всех остававшийся без использования.";
  for (std::size_t width : {10u, 17u, 23u, 40u, 80u}) {
    const auto lines = text::wrap(text, width, "  ", "  ");
    std::string joined;
    for (const auto& line : lines) {
      CHECK(valid_utf8(line));
      CHECK(text::display_width(line) <= width);
      joined += line.substr(2) + " ";
    }
    if (width >= 17) CHECK(joined.find("фиксированного") != std::string::npos);  // 14 letters fit in 17 - 2 columns
  }
}

TEST_CASE("a word longer than the line is cut at character boundaries") {
  const auto lines = text::wrap("ааааааааааааааааааааа", 8);  // 21 Cyrillic letters
  REQUIRE(lines.size() == 3);
  CHECK(lines[0] == "аааааааа");
  CHECK(lines[2] == "ааааа");
  for (const auto& line : lines) CHECK(valid_utf8(line));
}

TEST_CASE("pad and truncate work in columns") {
  CHECK(text::pad("кэш", 5) == "кэш  ");
  CHECK(text::truncate("кэш-память", 5) == "кэш-…");
  CHECK(text::truncate("short", 10) == "short");
}
