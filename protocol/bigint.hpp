// Arbitrary-size integers as canonical two's-complement little-endian byte
// strings: the form the runner sends (int.to_bytes), so observed and expected
// ints compare byte for byte. Decimal text is only for YAML input and display.
#pragma once

#include <string>
#include <string_view>

namespace pyjudge::bigint {

// Shortest two's-complement form of the same number (0 is a single 0x00 byte).
std::string canonical(std::string bytes);
// "-123" -> bytes; throws std::invalid_argument on anything but [+-]digits.
std::string from_decimal(std::string_view text);
std::string to_decimal(std::string_view bytes);
bool is_negative(std::string_view bytes);
double to_double(std::string_view bytes);
// Numeric order of two canonical encodings.
int compare(std::string_view a, std::string_view b);

}  // namespace pyjudge::bigint
