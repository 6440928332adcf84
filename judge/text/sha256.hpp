// SHA-256 (FIPS 180-4), for content hashes, the batch fingerprint of
// `pyjudge grade` and the digests of a sealed catalog: the same on every
// machine and build, and no crypto library needed.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace pyjudge {

class Sha256 {
 public:
  Sha256();
  Sha256& update(std::string_view data);
  std::string hex();  // the digest in lower-case hex; ends the hashing

 private:
  void block(const unsigned char* p);

  std::array<std::uint32_t, 8> state_;
  unsigned char buffer_[64];
  std::size_t buffered_ = 0;
  std::uint64_t length_ = 0;  // bytes hashed
};

inline std::string sha256_hex(std::string_view data) { return Sha256().update(data).hex(); }
// Each byte as two lower-case hex digits.
std::string hex_digits(std::string_view bytes);

}  // namespace pyjudge
