#include "judge/text/line_diff.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>

namespace pyjudge::text {
namespace {

using Op = DiffLine::Op;

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    const auto end = text.find('\n', start);
    if (end == std::string_view::npos) {
      lines.push_back(text.substr(start));
      break;
    }
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

// The classic dynamic programme over the differing middle part: lcs[i][j] is
// the length of the longest common subsequence of a[i..] and b[j..].
void lcs_diff(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b, std::vector<DiffLine>& out) {
  const std::size_t n = a.size(), m = b.size();
  std::vector<std::uint32_t> lcs((n + 1) * (m + 1), 0);
  auto at = [&](std::size_t i, std::size_t j) -> std::uint32_t& { return lcs[i * (m + 1) + j]; };
  for (std::size_t i = n; i-- > 0;)
    for (std::size_t j = m; j-- > 0;) at(i, j) = a[i] == b[j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
  std::size_t i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] == b[j]) {
      out.push_back({Op::Same, std::string(a[i])});
      ++i, ++j;
    } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {  // removed lines before added ones
      out.push_back({Op::Removed, std::string(a[i++])});
    } else {
      out.push_back({Op::Added, std::string(b[j++])});
    }
  }
}

bool needs_quoting(std::string_view line) {
  if (!line.empty() && (line.back() == ' ' || line.back() == '\t')) return true;
  for (const unsigned char c : line)
    if (c < 0x20 || c == 0x7f) return true;
  return false;
}

std::string shown(std::string_view line) {
  if (!needs_quoting(line)) return std::string(line);
  std::string out = "'";
  for (const unsigned char c : line) {
    if (c == '\'' || c == '\\') out += std::string("\\") + static_cast<char>(c);
    else if (c == '\t') out += "\\t";
    else if (c == '\r') out += "\\r";
    else if (c < 0x20 || c == 0x7f) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "\\x%02x", c);
      out += hex;
    } else out += static_cast<char>(c);
  }
  return out + "'";
}

std::string elided(std::size_t n) {
  return "  ... (" + std::to_string(n) + " unchanged line" + (n == 1 ? "" : "s") + ")\n";
}

std::string newline_note(std::string_view expected, std::string_view actual) {
  const bool e = !expected.empty() && expected.back() == '\n', a = !actual.empty() && actual.back() == '\n';
  if (e == a || expected.empty() || actual.empty()) return "";
  return e ? "(the expected text ends with a newline; the actual one does not)\n"
           : "(the actual text ends with a newline; the expected one does not)\n";
}

}  // namespace

std::vector<DiffLine> diff_lines(std::string_view expected, std::string_view actual, std::size_t max_cells) {
  const auto a = split_lines(expected), b = split_lines(actual);
  std::size_t head = 0, tail = 0;
  while (head < a.size() && head < b.size() && a[head] == b[head]) ++head;
  while (tail < a.size() - head && tail < b.size() - head && a[a.size() - 1 - tail] == b[b.size() - 1 - tail]) ++tail;
  std::vector<DiffLine> out;
  for (std::size_t i = 0; i < head; ++i) out.push_back({Op::Same, std::string(a[i])});
  const std::vector<std::string_view> mid_a(a.begin() + head, a.end() - tail), mid_b(b.begin() + head, b.end() - tail);
  if ((mid_a.size() + 1) * (mid_b.size() + 1) <= max_cells) {
    lcs_diff(mid_a, mid_b, out);
  } else {  // too large to align: all of one, then all of the other
    for (const auto line : mid_a) out.push_back({Op::Removed, std::string(line)});
    for (const auto line : mid_b) out.push_back({Op::Added, std::string(line)});
  }
  for (std::size_t i = a.size() - tail; i < a.size(); ++i) out.push_back({Op::Same, std::string(a[i])});
  return out;
}

std::string format_line_diff(std::string_view expected, std::string_view actual, std::size_t context) {
  if (expected == actual) return "";
  const auto lines = diff_lines(expected, actual);
  std::vector<bool> keep(lines.size(), false);  // changed, or within `context` of a change
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].op == Op::Same) continue;
    const std::size_t from = i > context ? i - context : 0, to = std::min(lines.size(), i + context + 1);
    for (std::size_t k = from; k < to; ++k) keep[k] = true;
  }
  std::string out;
  std::size_t skipped = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!keep[i]) {
      ++skipped;
      continue;
    }
    if (skipped) out += elided(skipped);
    skipped = 0;
    out += static_cast<char>(lines[i].op) + std::string(" ") + shown(lines[i].text) + "\n";
  }
  if (skipped) out += elided(skipped);
  return out + newline_note(expected, actual);
}

}  // namespace pyjudge::text
