#include "judge/batch/shard.hpp"

#include <charconv>

#include "judge/errors.hpp"

namespace pyjudge {
namespace {

unsigned parse_number(std::string_view digits, std::string_view whole) {
  unsigned value = 0;
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (digits.empty() || ec != std::errc() || end != digits.data() + digits.size())
    throw UsageError("--shard takes I/N with 0 <= I < N, e.g. 0/4; got '" + std::string(whole) + "'");
  return value;
}

}  // namespace

Shard parse_shard(std::string_view text) {
  const auto slash = text.find('/');
  if (slash == std::string_view::npos) parse_number("", text);
  Shard shard{parse_number(text.substr(0, slash), text), parse_number(text.substr(slash + 1), text)};
  if (shard.count == 0 || shard.index >= shard.count) parse_number("", text);
  return shard;
}

std::uint64_t stable_hash(std::string_view text) {
  std::uint64_t hash = 0xcbf29ce484222325ull;
  for (const unsigned char c : text) {
    hash ^= c;
    hash *= 0x100000001b3ull;
  }
  return hash;
}

unsigned shard_of(const std::string& submitter, const std::string& exercise, unsigned count) {
  return static_cast<unsigned>(stable_hash(submitter + "/" + exercise) % count);
}

bool in_shard(const std::string& submitter, const std::string& exercise, const std::optional<Shard>& shard) {
  return !shard || shard_of(submitter, exercise, shard->count) == shard->index;
}

}  // namespace pyjudge
