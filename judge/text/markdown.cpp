#include "judge/text/markdown.hpp"

#include <algorithm>
#include <vector>

#include "judge/text/layout.hpp"
#include "judge/text/markdown_table.hpp"

namespace pyjudge::text {
namespace {

std::string_view ltrim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  return s;
}

std::size_t leading_spaces(std::string_view s) {
  std::size_t n = 0;
  while (n < s.size() && s[n] == ' ') ++n;
  return n;
}

// Length of a list marker ("- ", "* ", "+ ", "12. ", "3) ") at the start of `s`, or 0.
std::size_t list_marker(std::string_view s) {
  if (s.size() >= 2 && (s[0] == '-' || s[0] == '*' || s[0] == '+') && s[1] == ' ') return 2;
  std::size_t n = 0;
  while (n < s.size() && n < 3 && s[n] >= '0' && s[n] <= '9') ++n;
  if (n > 0 && n + 1 < s.size() && (s[n] == '.' || s[n] == ')') && s[n + 1] == ' ') return n + 2;
  return 0;
}

std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto end = std::min(text.find('\n', start), text.size());
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    start = end + 1;
  }
  return lines;
}

class MarkdownRenderer {
 public:
  MarkdownRenderer(std::size_t width, std::string_view indent) : width_(width), indent_(indent) {}

  std::string render(std::string_view text) {
    const auto lines = lines_of(text);
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (!in_fence_ && leading_spaces(lines[i]) < 4 && i + 1 < lines.size() && starts_table(lines[i], lines[i + 1]))
        i = table(lines, i);
      else
        line(lines[i]);
    }
    flush();
    while (out_.size() >= 2 && out_.substr(out_.size() - 2) == "\n\n") out_.pop_back();
    return out_;
  }

 private:
  // Lays out the table starting at lines[first]; returns the index of its last line.
  std::size_t table(const std::vector<std::string_view>& lines, std::size_t first) {
    flush();
    std::size_t last = first + 1;
    while (last + 1 < lines.size() && !ltrim(lines[last + 1]).empty() && lines[last + 1].find('|') != std::string_view::npos) ++last;
    const std::vector<std::string_view> rows(lines.begin() + static_cast<std::ptrdiff_t>(first),
                                             lines.begin() + static_cast<std::ptrdiff_t>(last) + 1);
    for (const auto& l : render_table(rows, width_, indent_)) emit(l);
    return last;
  }

  void line(std::string_view raw) {
    const auto trimmed = ltrim(raw);
    if (trimmed.rfind("```", 0) == 0) {
      flush();
      in_fence_ = !in_fence_;
      return;
    }
    if (in_fence_) return emit(std::string(indent_) + "    " + std::string(raw));
    if (trimmed.empty()) {
      flush();
      if (!out_.empty() && out_.substr(out_.size() - std::min<std::size_t>(2, out_.size())) != "\n\n") out_ += "\n";
      return;
    }
    const auto spaces = leading_spaces(raw);
    if (const auto marker = list_marker(trimmed); marker && spaces < 4) {
      flush();
      prefix_ = std::string(indent_) + std::string(spaces, ' ') + std::string(trimmed.substr(0, marker));
      hanging_ = std::string(indent_) + std::string(spaces + marker, ' ');
      block_ = std::string(trimmed.substr(marker));
      return;
    }
    if (block_.empty() && (spaces >= 4 || trimmed.front() == '#' || trimmed.rfind(">>>", 0) == 0))
      return emit(std::string(indent_) + std::string(raw));
    if (block_.empty()) prefix_ = hanging_ = std::string(indent_);
    block_ += (block_.empty() ? "" : " ") + std::string(trimmed);
  }

  void flush() {
    if (block_.empty()) return;
    for (const auto& l : wrap(block_, width_, prefix_, hanging_)) emit(l);
    block_.clear();
  }

  void emit(const std::string& l) { out_ += l + "\n"; }

  std::size_t width_;
  std::string_view indent_;
  std::string out_, block_, prefix_, hanging_;
  bool in_fence_ = false;
};

}  // namespace

std::string render_markdown(std::string_view markdown, std::size_t width, std::string_view indent) {
  return MarkdownRenderer(width, indent).render(markdown);
}

}  // namespace pyjudge::text
