#include "judge/text/layout.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>

#include "judge/text/utf8.hpp"

namespace pyjudge::text {
namespace {

std::size_t char_width(char32_t cp) {
  if ((cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x200B && cp <= 0x200F) || cp == 0xFE0F) return 0;
  if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) ||
      (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
      (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1FAFF) || (cp >= 0x20000 && cp <= 0x3FFFD))
    return 2;
  return 1;
}

std::vector<std::string_view> words_of(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t')) ++i;
    std::size_t j = i;
    while (j < text.size() && text[j] != ' ' && text[j] != '\n' && text[j] != '\t') ++j;
    if (j > i) words.push_back(text.substr(i, j - i));
    i = j;
  }
  return words;
}

}  // namespace

std::size_t display_width(std::string_view s) {
  std::size_t width = 0;
  char32_t cp;
  for (std::size_t i = 0; i < s.size();) {
    i += utf8_char(s, i, cp);
    width += char_width(cp);
  }
  return width;
}

std::vector<std::string> wrap(std::string_view paragraph, std::size_t width, std::string_view first_prefix,
                              std::string_view rest_prefix) {
  std::vector<std::string> lines;
  std::string current(first_prefix);
  std::size_t used = display_width(first_prefix);
  bool empty = true;  // no word on the current line yet
  auto new_line = [&] {
    lines.push_back(current);
    current = std::string(rest_prefix);
    used = display_width(rest_prefix);
    empty = true;
  };
  for (auto word : words_of(paragraph)) {
    const std::size_t w = display_width(word);
    if (!empty && used + 1 + w > width) new_line();
    if (!empty) {
      current += ' ';
      ++used;
    }
    // Here the line is empty or the word fits. A word longer than a whole
    // line is cut at character boundaries (at least one character a line).
    while (used + display_width(word) > width) {
      std::size_t take = 0, cols = 0;
      char32_t cp;
      while (take < word.size()) {
        const std::size_t len = utf8_char(word, take, cp);
        if (take > 0 && used + cols + char_width(cp) > width) break;
        take += len;
        cols += char_width(cp);
      }
      current += word.substr(0, take);
      word.remove_prefix(take);
      new_line();
    }
    if (!word.empty()) {
      current += word;
      used += display_width(word);
      empty = false;
    }
  }
  if (!empty || lines.empty()) lines.push_back(current);
  return lines;
}

std::string indent_lines(std::string_view text, std::string_view prefix) {
  std::string out;
  std::size_t start = 0;
  while (start < text.size()) {
    const auto end = std::min(text.find('\n', start), text.size());
    out += std::string(prefix) + std::string(text.substr(start, end - start)) + "\n";
    start = end + 1;
  }
  return out;
}

std::string pad(std::string_view s, std::size_t width) {
  const std::size_t w = display_width(s);
  return std::string(s) + std::string(w < width ? width - w : 0, ' ');
}

std::string truncate(std::string_view s, std::size_t width) {
  if (display_width(s) <= width) return std::string(s);
  std::string out;
  std::size_t used = 0;
  char32_t cp;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t len = utf8_char(s, i, cp);
    const std::size_t cw = char_width(cp);
    if (used + cw + 1 > width) break;
    out += s.substr(i, len);
    used += cw;
    i += len;
  }
  return out + "…";
}

std::size_t terminal_columns(int fd) {
  winsize ws{};
  if (::isatty(fd) && ::ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 20) return ws.ws_col;
  if (const char* columns = std::getenv("COLUMNS"); columns && *columns) {
    const long n = std::strtol(columns, nullptr, 10);
    if (n >= 20 && n <= 1000) return static_cast<std::size_t>(n);
  }
  return 0;
}

std::size_t terminal_width(int fd) {
  const std::size_t columns = terminal_columns(fd);
  return columns ? columns : 80;
}

}  // namespace pyjudge::text
