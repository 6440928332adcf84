#include "judge/grading/compile_error.hpp"

#include "judge/text/layout.hpp"

namespace pyjudge {
namespace {

constexpr std::string_view kIndent = "    ";

// Line `line` (1-based) at Python's line ends (\n, \r\n, \r), or nothing.
bool nth_line(std::string_view source, std::uint32_t line, std::string_view& out) {
  std::size_t start = 0;
  for (std::uint32_t n = 1;; ++n) {
    std::size_t end = source.find_first_of("\r\n", start);
    if (end == std::string_view::npos) end = source.size();
    if (n == line) {
      out = source.substr(start, end - start);
      return start < source.size() || n == 1;
    }
    if (end >= source.size()) return false;
    start = end + (source.compare(end, 2, "\r\n") == 0 ? 2 : 1);
  }
}

std::size_t char_length(unsigned char lead) {
  return lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 1;
}

// Blanks as wide as the first `chars` characters of `text`; tabs kept, so that
// the caret lines up however the terminal sets its tab stops.
std::string blanks_under(std::string_view text, std::uint32_t chars) {
  std::string out;
  for (std::size_t i = 0; i < text.size() && chars > 0; --chars) {
    const std::size_t len = std::min(char_length(static_cast<unsigned char>(text[i])), text.size() - i);
    out += text[i] == '\t' ? std::string("\t") : std::string(text::display_width(text.substr(i, len)), ' ');
    i += len;
  }
  return out;
}

}  // namespace

std::string compile_error_message(const std::string& path, std::uint32_t line, std::uint32_t column, const std::string& message) {
  std::string where = path;
  if (line) where += ", line " + std::to_string(line);
  if (line && column) where += ", column " + std::to_string(column);
  return where + ": " + message;
}

std::string caret_excerpt(std::string_view source, std::uint32_t line, std::uint32_t column) {
  std::string_view text;
  if (line == 0 || !nth_line(source, line, text)) return "";
  std::string out = std::string(kIndent) + std::string(text) + "\n";
  if (column > 0) out += std::string(kIndent) + blanks_under(text, column - 1) + "^\n";
  return out;
}

}  // namespace pyjudge
