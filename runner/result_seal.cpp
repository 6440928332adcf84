#include "runner/result_seal.hpp"

#include <sys/random.h>

#include <stdexcept>

#include "protocol/wire.hpp"

namespace pyjudge::runner {
namespace {

std::uint64_t rotl(std::uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }

std::uint64_t load_le64(const std::uint8_t* p) {
  std::uint64_t v = 0;
  for (int i = 0; i < 8; ++i) v |= static_cast<std::uint64_t>(p[i]) << (8 * i);
  return v;
}

struct SipState {
  std::uint64_t v0, v1, v2, v3;
  void round() {
    v0 += v1; v1 = rotl(v1, 13); v1 ^= v0; v0 = rotl(v0, 32);
    v2 += v3; v3 = rotl(v3, 16); v3 ^= v2;
    v0 += v3; v3 = rotl(v3, 21); v3 ^= v0;
    v2 += v1; v1 = rotl(v1, 17); v1 ^= v2; v2 = rotl(v2, 32);
  }
  void absorb(std::uint64_t m) {
    v3 ^= m;
    round();
    round();
    v0 ^= m;
  }
};

// SipHash-2-4 (Aumasson and Bernstein), 64-bit output.
std::uint64_t siphash24(const SealKey& key, std::string_view data) {
  const std::uint64_t k0 = load_le64(key.data()), k1 = load_le64(key.data() + 8);
  SipState s{k0 ^ 0x736f6d6570736575ULL, k1 ^ 0x646f72616e646f6dULL, k0 ^ 0x6c7967656e657261ULL, k1 ^ 0x7465646279746573ULL};
  const auto* p = reinterpret_cast<const std::uint8_t*>(data.data());
  const std::size_t full = data.size() / 8 * 8;
  for (std::size_t i = 0; i < full; i += 8) s.absorb(load_le64(p + i));
  std::uint64_t last = static_cast<std::uint64_t>(data.size() & 0xff) << 56;
  for (std::size_t i = full; i < data.size(); ++i) last |= static_cast<std::uint64_t>(p[i]) << (8 * (i - full));
  s.absorb(last);
  s.v2 ^= 0xff;
  for (int i = 0; i < 4; ++i) s.round();
  return s.v0 ^ s.v1 ^ s.v2 ^ s.v3;
}

}  // namespace

SealKey new_seal_key() {
  SealKey key{};
  if (::getrandom(key.data(), key.size(), 0) != static_cast<ssize_t>(key.size())) throw std::runtime_error("getrandom failed");
  return key;
}

std::string seal(const SealKey& key, std::string_view body) {
  const std::uint64_t tag = siphash24(key, body);
  std::string out(kSealBytes, '\0');
  for (std::size_t i = 0; i < kSealBytes; ++i) out[i] = static_cast<char>((tag >> (8 * i)) & 0xff);
  return out;
}

bool seal_matches(const SealKey& key, std::string_view body, std::string_view tag) {
  const std::string expected = seal(key, body);
  if (tag.size() != expected.size()) return false;
  unsigned char diff = 0;  // constant time
  for (std::size_t i = 0; i < tag.size(); ++i) diff |= static_cast<unsigned char>(tag[i] ^ expected[i]);
  return diff == 0;
}

std::string sealed_frame(const SealKey& key, std::string_view body) {
  wire::Writer w;
  w.u32(static_cast<std::uint32_t>(body.size()));
  w.raw(body);
  w.raw(seal(key, body));
  return w.take();
}

bool unseal_frame(const SealKey& key, std::string_view raw, std::string& unsealed) {
  if (raw.size() < 4 + kSealBytes) return false;
  wire::Reader r(raw.substr(0, 4));
  const std::uint32_t length = r.u32();
  if (raw.size() != 4 + static_cast<std::size_t>(length) + kSealBytes) return false;
  const std::string_view body = raw.substr(4, length);
  if (!seal_matches(key, body, raw.substr(4 + length))) return false;
  unsealed = std::string(raw.substr(0, 4 + length));
  return true;
}

}  // namespace pyjudge::runner
