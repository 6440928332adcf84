// Splitting a batch across machines: `pyjudge grade --shard I/N` grades only
// the submissions whose stable hash falls into shard I (docs/ci.md).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace pyjudge {

struct Shard {
  unsigned index = 0;  // 0-based, as JOB_COMPLETION_INDEX and matrix indices are
  unsigned count = 1;
};

// "I/N" with 0 <= I < N; throws UsageError otherwise.
Shard parse_shard(std::string_view text);
// 64-bit FNV-1a of the UTF-8 bytes: the same on every machine and build.
std::uint64_t stable_hash(std::string_view text);
// The shard of a submission: stable_hash("SUBMITTER/EXERCISE") mod N.
unsigned shard_of(const std::string& submitter, const std::string& exercise, unsigned count);
// Whether a submission falls into `shard` (always, without one).
bool in_shard(const std::string& submitter, const std::string& exercise, const std::optional<Shard>& shard);

}  // namespace pyjudge
