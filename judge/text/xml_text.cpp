#include "judge/text/xml_text.hpp"

namespace pyjudge {
namespace {

constexpr const char* kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Length of the valid UTF-8 sequence at `i`, or 0; `code` gets its code point.
std::size_t utf8_sequence(std::string_view s, std::size_t i, char32_t& code) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char lead = byte(i);
  std::size_t length;
  char32_t min;
  if (lead < 0x80) return code = lead, 1;
  if ((lead & 0xE0) == 0xC0) length = 2, code = lead & 0x1F, min = 0x80;
  else if ((lead & 0xF0) == 0xE0) length = 3, code = lead & 0x0F, min = 0x800;
  else if ((lead & 0xF8) == 0xF0) length = 4, code = lead & 0x07, min = 0x10000;
  else return 0;
  if (i + length > s.size()) return 0;
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    code = (code << 6) | (byte(i + k) & 0x3F);
  }
  if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return 0;
  return length;
}

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
