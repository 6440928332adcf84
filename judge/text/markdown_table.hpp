// Markdown pipe tables (GitHub's form) laid out for a terminal: columns
// aligned in display columns (wide characters count two), cells wrapped at
// spaces to fit the width, and, when that cannot fit without cutting words,
// each row as a list of "header: cell" lines.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pyjudge::text {

// The cells of a table row: split at each '|' that is not escaped as "\|",
// the outer pipes dropped, each cell trimmed, "\|" read as "|".
std::vector<std::string> table_cells(std::string_view row);
// Whether `header` and `delimiter` begin a table: `delimiter` is a row of
// dashes with optional colons (|---|:--:|--:|) with as many cells as `header`.
bool starts_table(std::string_view header, std::string_view delimiter);
// A table's lines as written (header, delimiter, rows) laid out in at most
// `width` columns, each line starting with `indent`.
std::vector<std::string> render_table(const std::vector<std::string_view>& lines, std::size_t width, std::string_view indent = "");

}  // namespace pyjudge::text
