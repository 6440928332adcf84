// Shards of a batch: I/N, and a hash that is the same everywhere.
#include <doctest/doctest.h>

#include "judge/batch/shard.hpp"
#include "judge/errors.hpp"

using namespace pyjudge;

TEST_CASE("shards are I/N with 0 <= I < N") {
  CHECK(parse_shard("0/1").count == 1);
  const Shard s = parse_shard("2/4");
  CHECK((s.index == 2 && s.count == 4));
  for (const char* bad : {"4/4", "1/0", "x/2", "1/", "/2", "1-2", "-1/2", "1/2/3", ""})
    CHECK_THROWS_AS(parse_shard(bad), UsageError);
}

TEST_CASE("the shard hash is 64-bit FNV-1a, the same everywhere") {
  CHECK(stable_hash("") == 0xcbf29ce484222325ull);
  CHECK(stable_hash("a") == 0xaf63dc4c8601ec8cull);
  CHECK(shard_of("alice", "vector", 1) == 0);
  CHECK(shard_of("alice", "vector", 7) == stable_hash("alice/vector") % 7);
}
