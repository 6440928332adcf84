// A candidate's Python file as CPython reads it (PEP 263), decided in the
// judge so that the runner always gets UTF-8 text: a UTF-8 BOM, a coding
// cookie on line 1 (or line 2 after a comment-only line 1), UTF-8 otherwise.
// What CPython refuses to run is a syntax error at the line it names.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace pyjudge {

struct SourceProblem {
  std::uint32_t line = 0, column = 0;  // 1-based; column in characters
  std::string message;                 // CPython's words, without the file name
};

struct PythonText {
  std::string text;                      // UTF-8 without a BOM; the cookie line kept (compile() of text ignores it)
  std::optional<SourceProblem> problem;  // set: CPython would not compile the file
};

PythonText decode_python_source(std::string_view bytes);

}  // namespace pyjudge
