#include "judge/text/xml_text.hpp"

#include "judge/text/utf8.hpp"

namespace pyjudge {
namespace {

constexpr const char* kReplacement = "\xEF\xBF\xBD";  // U+FFFD

bool xml_char(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
         (c >= 0x10000 && c <= 0x10FFFF);
}

}  // namespace

std::string valid_xml_chars(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    char32_t code = 0;
    const std::size_t n = utf8_sequence(text, i, code);
    if (n && xml_char(code)) out.append(text.substr(i, n));
    else out += kReplacement;
    i += n ? n : 1;
  }
  return out;
}

std::string xml_escape_text(std::string_view text) {
  std::string out;
  for (const char c : valid_xml_chars(text)) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '\r': out += "&#13;"; break;  // a raw CR would be read back as LF
      default: out += c;
    }
  }
  return out;
}

std::string xml_escape_attribute(std::string_view text) {
  std::string out;
  for (const char c : xml_escape_text(text)) {
    switch (c) {
      case '"': out += "&quot;"; break;
      case '\n': out += "&#10;"; break;
      case '\t': out += "&#9;"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace pyjudge
