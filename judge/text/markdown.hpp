// A small Markdown renderer for exercise statements and hints on a terminal:
// paragraphs and list items re-flowed to the width, pipe tables laid out as
// aligned columns (markdown_table.hpp), code kept as written.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace pyjudge::text {

// A statement for the terminal, each line starting with `indent`: paragraphs
// and list items ("- ", "* ", "1. ") re-flowed to `width`, tables aligned and
// wrapped to `width`, fenced code blocks (without their fences) and indented
// blocks kept verbatim, blank lines kept single.
std::string render_markdown(std::string_view markdown, std::size_t width, std::string_view indent = "");

}  // namespace pyjudge::text
