// A submission that does not compile, as the learner is shown it: once, with
// the path they gave, the line and column, and a caret under the column.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace pyjudge {

// "/tmp/work/syntax.py, line 3, column 7: invalid syntax" (no column when it is 0).
std::string compile_error_message(const std::string& path, std::uint32_t line, std::uint32_t column, const std::string& message);
// Line `line` of `source` (1-based) indented by four spaces and, when `column`
// (1-based, in characters, as Python counts it) is known, a caret under that
// character: wide characters count two columns, tabs stay tabs. "" when the
// source has no such line.
std::string caret_excerpt(std::string_view source, std::uint32_t line, std::uint32_t column);

}  // namespace pyjudge
