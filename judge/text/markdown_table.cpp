#include "judge/text/markdown_table.hpp"

#include <algorithm>
#include <numeric>
#include <optional>

#include "judge/text/layout.hpp"

namespace pyjudge::text {
namespace {

enum class Align { Left, Center, Right };

constexpr std::size_t kMinColumn = 6;  // narrower columns than this read worse than a list

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool is_delimiter_cell(std::string_view cell) {
  if (!cell.empty() && cell.front() == ':') cell.remove_prefix(1);
  if (!cell.empty() && cell.back() == ':') cell.remove_suffix(1);
  return !cell.empty() && cell.find_first_not_of('-') == std::string_view::npos;
}

Align align_of(std::string_view cell) {
  const bool left = cell.front() == ':', right = cell.back() == ':';
  return left && right ? Align::Center : right ? Align::Right : Align::Left;
}

struct Table {
  std::vector<std::string> header;
  std::vector<Align> align;
  std::vector<std::vector<std::string>> rows;  // each with header.size() cells
};

Table parse(const std::vector<std::string_view>& lines) {
  Table t;
  t.header = table_cells(lines[0]);
  for (const auto& cell : table_cells(lines[1])) t.align.push_back(align_of(cell));
  for (std::size_t i = 2; i < lines.size(); ++i) {
    auto cells = table_cells(lines[i]);
    cells.resize(t.header.size());  // GitHub's rule: missing cells are empty, extra ones dropped
    t.rows.push_back(std::move(cells));
  }
  return t;
}

std::size_t widest(const Table& t, std::size_t column) {
  std::size_t w = display_width(t.header[column]);
  for (const auto& row : t.rows) w = std::max(w, display_width(row[column]));
  return std::max<std::size_t>(w, 1);
}

std::size_t longest_word(const Table& t, std::size_t column) {
  std::size_t w = 1;
  auto scan = [&](const std::string& cell) {
    std::size_t start = 0;
    while (start < cell.size()) {
      const auto end = std::min(cell.find(' ', start), cell.size());
      w = std::max(w, display_width(std::string_view(cell).substr(start, end - start)));
      start = end + 1;
    }
  };
  scan(t.header[column]);
  for (const auto& row : t.rows) scan(row[column]);
  return w;
}

// Column widths that fit `room` without cutting a word, as browsers lay out
// tables: each column gets its longest word, and what is left goes to the
// columns in proportion to how much wider they would like to be. nullopt when
// even the longest words do not fit.
std::optional<std::vector<std::size_t>> fit(const std::vector<std::size_t>& natural, const std::vector<std::size_t>& words,
                                            std::size_t room) {
  if (std::accumulate(natural.begin(), natural.end(), std::size_t{0}) <= room) return natural;
  std::vector<std::size_t> widths(natural.size());
  std::size_t floors = 0, wanted = 0;
  for (std::size_t c = 0; c < natural.size(); ++c) {
    widths[c] = std::min(natural[c], words[c]);
    floors += widths[c];
    wanted += natural[c] - widths[c];
  }
  if (floors > room) return std::nullopt;
  std::size_t left = room - floors;
  const std::size_t extra = left;
  for (std::size_t c = 0; c < natural.size(); ++c) {
    const std::size_t more = (natural[c] - widths[c]) * extra / wanted;  // wanted > 0: the natural widths do not fit
    widths[c] += more;
    left -= more;
  }
  for (std::size_t c = 0; left > 0 && c < natural.size(); ++c)  // the rounding's remainder
    if (widths[c] < natural[c]) ++widths[c], --left;
  return widths;
}

std::string aligned(const std::string& line, std::size_t width, Align align) {
  const std::size_t w = display_width(line), gap = w < width ? width - w : 0;
  if (align == Align::Right) return std::string(gap, ' ') + line;
  if (align == Align::Center) return std::string(gap / 2, ' ') + line + std::string(gap - gap / 2, ' ');
  return line + std::string(gap, ' ');
}

std::vector<std::string> row_lines(const std::vector<std::string>& cells, const std::vector<std::size_t>& widths,
                                   const std::vector<Align>& align, std::string_view indent) {
  std::vector<std::vector<std::string>> wrapped;
  std::size_t height = 1;
  for (std::size_t c = 0; c < cells.size(); ++c) {
    wrapped.push_back(cells[c].empty() ? std::vector<std::string>{""} : wrap(cells[c], widths[c]));
    height = std::max(height, wrapped.back().size());
  }
  std::vector<std::string> out;
  for (std::size_t l = 0; l < height; ++l) {
    std::string line = std::string(indent) + "|";
    for (std::size_t c = 0; c < cells.size(); ++c)
      line += " " + aligned(l < wrapped[c].size() ? wrapped[c][l] : "", widths[c], align[c]) + " |";
    out.push_back(line);
  }
  return out;
}

std::string rule(const std::vector<std::size_t>& widths, std::string_view indent) {
  std::string line = std::string(indent) + "|";
  for (const auto w : widths) line += std::string(w + 2, '-') + "|";
  return line;
}

// Too narrow for columns (or for the longest words in them): each row as
// "- header: cell" lines.
std::vector<std::string> as_list(const Table& t, std::size_t width, std::string_view indent) {
  std::vector<std::string> out;
  const std::string first = std::string(indent) + "- ", rest = std::string(indent) + "  ";
  for (const auto& row : t.rows) {
    for (std::size_t c = 0; c < row.size(); ++c) {
      const std::string text = t.header[c].empty() ? row[c] : t.header[c] + ": " + row[c];
      for (const auto& line : wrap(text, width, c == 0 ? first : rest, rest + "  ")) out.push_back(line);
    }
  }
  return out;
}

}  // namespace

std::vector<std::string> table_cells(std::string_view row) {
  row = trim(row);
  if (!row.empty() && row.front() == '|') row.remove_prefix(1);
  if (!row.empty() && row.back() == '|' && !(row.size() >= 2 && row[row.size() - 2] == '\\')) row.remove_suffix(1);
  std::vector<std::string> cells;
  std::string cell;
  for (std::size_t i = 0; i < row.size(); ++i) {
    if (row[i] == '\\' && i + 1 < row.size() && row[i + 1] == '|') {
      cell += '|';
      ++i;
    } else if (row[i] == '|') {
      cells.emplace_back(trim(cell));
      cell.clear();
    } else {
      cell += row[i];
    }
  }
  cells.emplace_back(trim(cell));
  return cells;
}

bool starts_table(std::string_view header, std::string_view delimiter) {
  if (header.find('|') == std::string_view::npos || delimiter.find('-') == std::string_view::npos) return false;
  const auto cells = table_cells(delimiter);
  return std::all_of(cells.begin(), cells.end(), is_delimiter_cell) && cells.size() == table_cells(header).size();
}

std::vector<std::string> render_table(const std::vector<std::string_view>& lines, std::size_t width, std::string_view indent) {
  const Table t = parse(lines);
  const std::size_t columns = t.header.size(), frame = display_width(indent) + 3 * columns + 1;
  if (width < frame + columns * kMinColumn) return as_list(t, width, indent);
  std::vector<std::size_t> natural, words;
  for (std::size_t c = 0; c < columns; ++c) natural.push_back(widest(t, c)), words.push_back(longest_word(t, c));
  const auto fitted = fit(natural, words, width - frame);
  if (!fitted) return as_list(t, width, indent);
  const auto& widths = *fitted;
  std::vector<std::vector<std::string>> body;
  bool tall = false;  // some row takes several lines: rules between rows keep them apart
  for (const auto& row : t.rows) {
    body.push_back(row_lines(row, widths, t.align, indent));
    tall = tall || body.back().size() > 1;
  }
  std::vector<std::string> out = row_lines(t.header, widths, t.align, indent);
  out.push_back(rule(widths, indent));
  for (std::size_t r = 0; r < body.size(); ++r) {
    if (tall && r > 0) out.push_back(rule(widths, indent));
    out.insert(out.end(), body[r].begin(), body[r].end());
  }
  return out;
}

}  // namespace pyjudge::text
