// Planning a batch: exercise names, unknown exercises, duplicates, order, shards.
#include <doctest/doctest.h>

#include "judge/batch/plan.hpp"
#include "judge/errors.hpp"

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
