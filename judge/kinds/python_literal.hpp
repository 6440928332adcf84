// Python source text for values the judge writes into generated code (the
// drivers of SQL and write-the-tests exercises): every string becomes a
// literal that Python reads back byte for byte, whatever it holds.
#pragma once

#include <string>
#include <string_view>

#include "protocol/value.hpp"

namespace pyjudge {

// A str literal: printable ASCII as is, everything else escaped (UTF-8 is
// decoded to \u escapes; an invalid byte becomes U+FFFD).
std::string python_str_literal(std::string_view utf8);
// A literal for a plain value (None, bool, int, float, str, bytes, list,
// tuple, dict, set, frozenset) that evaluates to it.
std::string python_literal(const Value& value);

}  // namespace pyjudge
