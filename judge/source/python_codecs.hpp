// The codecs a PEP 263 coding cookie may name that pyjudge decodes: those for
// which glibc's iconv gives exactly what CPython's codec gives (every byte and
// every pair of bytes compared), ASCII-compatible, under every name CPython
// accepts for them. Others get CPython's own answer, "encoding problem".
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace pyjudge {

// The Python codec (encodings module) a name resolves to, as
// encodings.search_function resolves it: "Latin-1" -> "latin_1",
// "windows-1251" -> "cp1251", "utf8" -> "utf_8". nullopt when it is none of
// the codecs pyjudge decodes.
std::optional<std::string> python_codec(std::string_view name);

struct CodecOutput {
  std::string text;                    // UTF-8
  std::optional<std::size_t> bad_at;   // offset of the first byte that does not decode
};
// `bytes` in `codec` (a python_codec result other than "utf_8") as UTF-8.
CodecOutput decode_codec(const std::string& codec, std::string_view bytes);

}  // namespace pyjudge
