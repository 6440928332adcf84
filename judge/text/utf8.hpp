// UTF-8 as the judge checks it: strictly (no overlong forms, no surrogates,
// nothing past U+10FFFF), for candidate text in reports, source files and
// exercise files.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace pyjudge {

// Length of the valid UTF-8 sequence starting at `at`, or 0; `code` gets its code point.
std::size_t utf8_sequence(std::string_view text, std::size_t at, char32_t& code);
// For laying text out or quoting it: the code point at `at` and its length by
// the bit patterns alone (an overlong form or a surrogate decodes too); a
// byte that starts no whole sequence is U+FFFD, length 1.
std::size_t utf8_char(std::string_view text, std::size_t at, char32_t& code);
// Offset of the first byte that does not start a valid sequence; nullopt when all is valid.
std::optional<std::size_t> first_invalid_utf8(std::string_view text);
// Each byte that does not start a valid sequence becomes U+FFFD, as reports show names and output.
std::string valid_utf8(std::string_view text);
// The code point as UTF-8.
std::string utf8_encode(char32_t code);

}  // namespace pyjudge
