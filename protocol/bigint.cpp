#include "protocol/bigint.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <stdexcept>
#include <vector>

namespace pyjudge::bigint {
namespace {

using Magnitude = std::vector<std::uint32_t>;  // little-endian base 2^32

Magnitude magnitude_of(std::string_view bytes, bool negative) {
  std::string b(bytes);
  if (negative) {  // two's complement negate: invert and add one
    for (auto& c : b) c = static_cast<char>(~c);
    for (auto& c : b) {
      c = static_cast<char>(static_cast<unsigned char>(c) + 1);
      if (c != 0) break;
    }
  }
  Magnitude m((b.size() + 3) / 4, 0);
  for (std::size_t i = 0; i < b.size(); ++i) m[i / 4] |= static_cast<std::uint32_t>(static_cast<unsigned char>(b[i])) << (8 * (i % 4));
  while (!m.empty() && m.back() == 0) m.pop_back();
  return m;
}

std::string bytes_of(const Magnitude& m, bool negative) {
  std::string b;
  for (auto word : m)
    for (int i = 0; i < 4; ++i) b.push_back(static_cast<char>((word >> (8 * i)) & 0xff));
  b.push_back(0);  // room for the sign bit
  if (negative) {
    for (auto& c : b) c = static_cast<char>(~c);
    for (auto& c : b) {
      c = static_cast<char>(static_cast<unsigned char>(c) + 1);
      if (c != 0) break;
    }
  }
  return canonical(std::move(b));
}

}  // namespace

bool is_negative(std::string_view bytes) { return !bytes.empty() && (static_cast<unsigned char>(bytes.back()) & 0x80); }

std::string canonical(std::string b) {
  if (b.empty()) return std::string(1, '\0');
  while (b.size() > 1) {
    const auto last = static_cast<unsigned char>(b.back());
    const auto prev_sign = static_cast<unsigned char>(b[b.size() - 2]) & 0x80;
    if ((last == 0x00 && !prev_sign) || (last == 0xff && prev_sign)) b.pop_back();
    else break;
  }
  return b;
}

std::string from_decimal(std::string_view text) {
  bool negative = false;
  if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
    negative = text[0] == '-';
    text.remove_prefix(1);
  }
  if (text.empty()) throw std::invalid_argument("not an integer");
  Magnitude m;
  for (char c : text) {
    if (c == '_') continue;
    if (c < '0' || c > '9') throw std::invalid_argument("not an integer");
    std::uint64_t carry = static_cast<std::uint64_t>(c - '0');
    for (auto& word : m) {
      const std::uint64_t v = static_cast<std::uint64_t>(word) * 10 + carry;
      word = static_cast<std::uint32_t>(v);
      carry = v >> 32;
    }
    if (carry) m.push_back(static_cast<std::uint32_t>(carry));
  }
  return bytes_of(m, negative);
}

std::string to_decimal(std::string_view bytes) {
  const bool negative = is_negative(bytes);
  Magnitude m = magnitude_of(bytes, negative);
  std::string digits;
  while (!m.empty()) {  // repeated division by 10^9
    std::uint64_t remainder = 0;
    for (auto it = m.rbegin(); it != m.rend(); ++it) {
      const std::uint64_t cur = (remainder << 32) | *it;
      *it = static_cast<std::uint32_t>(cur / 1000000000u);
      remainder = cur % 1000000000u;
    }
    while (!m.empty() && m.back() == 0) m.pop_back();
    for (int i = 0; i < 9; ++i) {
      digits.push_back(static_cast<char>('0' + remainder % 10));
      remainder /= 10;
      if (m.empty() && remainder == 0) break;
    }
  }
  if (digits.empty()) digits = "0";
  if (negative) digits.push_back('-');
  std::reverse(digits.begin(), digits.end());
  return digits;
}

double to_double(std::string_view bytes) {
  const bool negative = is_negative(bytes);
  const Magnitude m = magnitude_of(bytes, negative);
  double v = 0.0;
  for (auto it = m.rbegin(); it != m.rend(); ++it) v = v * 4294967296.0 + *it;
  return negative ? -v : v;
}

int compare(std::string_view a, std::string_view b) {
  const bool na = is_negative(a), nb = is_negative(b);
  if (na != nb) return na ? -1 : 1;
  // Same sign: the longer canonical form has the larger magnitude.
  if (a.size() != b.size()) return (a.size() < b.size()) != na ? -1 : 1;
  for (std::size_t i = a.size(); i-- > 0;) {
    const auto x = static_cast<unsigned char>(a[i]), y = static_cast<unsigned char>(b[i]);
    if (x != y) return x < y ? -1 : 1;  // same sign byte pattern, so unsigned order works
  }
  return 0;
}

}  // namespace pyjudge::bigint
