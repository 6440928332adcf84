// Laying out UTF-8 text for a terminal: display widths, and word wrapping
// that never splits a multibyte character (Markdown: markdown.hpp).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pyjudge::text {

// Columns the text takes: one per character, none for combining marks, two
// for wide East Asian characters. Invalid UTF-8 bytes take one column each.
std::size_t display_width(std::string_view utf8);

// The words of `paragraph` (split at spaces and newlines) in lines of at most
// `width` columns including the prefixes. A word longer than a line is cut at
// a character boundary.
std::vector<std::string> wrap(std::string_view paragraph, std::size_t width, std::string_view first_prefix = "",
                              std::string_view rest_prefix = "");

// Each line of `text` with `prefix` in front and a newline after it.
std::string indent_lines(std::string_view text, std::string_view prefix);

// `s` padded with spaces to `width` columns (unchanged when wider).
std::string pad(std::string_view s, std::size_t width);
// `s` cut to at most `width` columns, ending in "…" when cut.
std::string truncate(std::string_view s, std::size_t width);

// The terminal's width when `fd` is a terminal, else $COLUMNS; 0 when neither
// says (output to a pipe or file).
std::size_t terminal_columns(int fd);
// terminal_columns(fd), or 80 when it is 0: for text that must wrap somewhere.
std::size_t terminal_width(int fd);

}  // namespace pyjudge::text
