// Batch planning for `pyjudge grade`: shards, manifests' CSV, exercise names,
// duplicates, and the missing sandbox layers.
#include <doctest/doctest.h>

#include "core/batch_plan.hpp"
#include "core/catalog.hpp"
#include "core/csv.hpp"
#include "core/sandbox_check.hpp"
#include "core/shard.hpp"

using namespace pyjudge;

namespace {

PlannedSubmission found(const std::string& submitter, const std::string& exercise, const std::string& path) {
  PlannedSubmission p;
  p.entry.submitter = submitter;
  p.entry.exercise = exercise;
  p.entry.path = path;
  return p;
}

const std::vector<std::string> kSlugs = {"find-duplicates", "lru-cache", "vector"};

}  // namespace

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

TEST_CASE("CSV: quoted fields, doubled quotes, line breaks and blank lines") {
  const auto records = parse_csv("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n\nlast,,\n");
  REQUIRE(records.size() == 3);
  CHECK(records[1].fields == std::vector<std::string>{"x, y", "say \"hi\"", "two\nlines"});
  CHECK(records[1].line == 2);
  CHECK(records[2].line == 5);  // counted through the quoted line break and the blank line
  CHECK(records[2].fields == std::vector<std::string>{"last", "", ""});
  CHECK_THROWS_WITH(parse_csv("a\n\"open"), "line 2: a quoted field is not closed");
  CHECK(csv_line({"plain", "a,b", "q\"q"}) == "plain,\"a,b\",\"q\"\"q\"\r\n");
  CHECK(csv_text("=SUM(A1)") == "'=SUM(A1)");
  CHECK(csv_text("alice") == "alice");
}

TEST_CASE("exercise names: the slug or its module spelling") {
  CHECK(match_slug("find-duplicates", kSlugs) == "find-duplicates");
  CHECK(match_slug("find_duplicates", kSlugs) == "find-duplicates");
  CHECK_FALSE(match_slug("find", kSlugs));
}

TEST_CASE("planning: unknown exercises, duplicates, order and shards") {
  std::vector<PlannedSubmission> in = {found("bob", "vector", "bob/vector.py"), found("amy", "lru_cache", "z.py"),
                                       found("amy", "lru-cache", "a.py"), found("amy", "vectr", "amy/vectr.py")};
  const auto plan = plan_batch(in, kSlugs, std::nullopt);
  REQUIRE(plan.size() == 4);
  CHECK(plan[0].entry.path == "a.py");
  CHECK(plan[0].entry.graded());
  CHECK(plan[1].entry.path == "z.py");
  CHECK(plan[1].entry.error == "a second submission of lru-cache by amy (graded: a.py)");
  CHECK(plan[2].entry.error == "no exercise named 'vectr'; did you mean: vector?");
  CHECK(plan[3].entry.submitter == "bob");

  std::size_t total = 0;
  for (unsigned i = 0; i < 3; ++i) {
    for (const auto& p : plan_batch(in, kSlugs, Shard{i, 3})) {
      CHECK(shard_of(p.entry.submitter, p.entry.exercise, 3) == i);
      ++total;
    }
  }
  CHECK(total == in.size());
}

TEST_CASE("missing layers: not enforced, or reported missing with a reason") {
  SubmissionResult run;
  run.sandbox_layers = {"process_state", "user_namespace", "pid_namespace", "net_namespace", "ipc_namespace",
                        "mount_namespace", "uts_namespace", "no_new_privs", "capabilities", "rlimits", "supervisor"};
  run.missing_layers = {"landlock: disabled for this run"};
  CHECK(missing_layer_names(run) == std::vector<std::string>{"landlock", "seccomp"});
  CHECK(describe_missing_layers(run) == "landlock: disabled for this run; seccomp");
  CHECK(layers_reported(run));
  CHECK_FALSE(layers_reported(SubmissionResult{}));
}
