// libFuzzer target: reading a candidate's Python file as CPython does (PEP
// 263: a BOM, a coding cookie, UTF-8 otherwise), judge/source/python_source.
// The input is the file. A crash, a sanitizer report, a hang, or a broken
// invariant (below) is a finding. See docs/fuzzing.md.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "judge/source/python_source.hpp"
#include "judge/text/utf8.hpp"

using namespace pyjudge;

namespace {

std::size_t count_lines(std::string_view text) {
  std::size_t lines = 1;
  for (const char c : text) lines += c == '\n';
  return lines;
}

// Plain ASCII that cannot hold a cookie is read unchanged.
bool plain(std::string_view input) {
  for (const char c : input)
    if (c == '\0' || static_cast<unsigned char>(c) >= 0x80) return false;
  return input.find("coding") == std::string_view::npos;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const PythonText once = decode_python_source(input);
  const PythonText again = decode_python_source(input);
  if (once.text != again.text || once.problem.has_value() != again.problem.has_value()) std::abort();
  if (once.problem) {
    // The runner never sees a file CPython would refuse; the problem is placed in it.
    if (!once.text.empty() || once.problem->message.empty()) std::abort();
    if (once.problem->line < 1 || once.problem->line > count_lines(input) || once.problem->column < 1) std::abort();
    return 0;
  }
  // What the runner gets is UTF-8 without a NUL byte, and without the file's
  // BOM. Only one BOM is dropped, as CPython drops one: a second is U+FEFF,
  // which the runner's compile() refuses as CPython refuses it.
  if (first_invalid_utf8(once.text) || once.text.find('\0') != std::string::npos) std::abort();
  constexpr std::string_view kBom = "\xEF\xBB\xBF";
  const bool one_bom = input.substr(0, 3) == kBom && input.substr(3, 3) != kBom;
  if (one_bom && once.text.substr(0, 3) == kBom) std::abort();
  if (plain(input) && once.text != input) std::abort();
  return 0;
}
