// The CSV gradebook.
#include <doctest/doctest.h>

#include "judge/report/gradebook.hpp"
#include "support/batch_fixture.hpp"

using namespace pyjudge;
using namespace pyjudge::testing;

TEST_CASE("the gradebook: a score, error, or nothing submitted, and a name that is no exercise is an error, not a column") {
  BatchRun run = sample_run();
  run.entries.push_back(graded("bob", "vector", {test("a", Verdict::Accepted), test("b", Verdict::WrongAnswer)}));
  BatchEntry failed = graded("cy", "vector", {test("a", Verdict::InternalError)});  // the judge's failure: no score
  run.entries.push_back(failed);
  CHECK(csv_gradebook(run) ==
        "submitter,vector,total (of 1),errors\r\n"
        "amy,0.3333,0.3333,\r\n"
        "bob,0.5,0.5,bob/nope.py: no exercise named 'nope'\r\n"
        "cy,error,0,\r\n");
  run.missing_layers = {"landlock"};
  CHECK(csv_gradebook(run).rfind("submitter,vector,total (of 1),errors,sandbox\r\namy,0.3333,0.3333,,weak sandbox: missing landlock\r\n", 0) == 0);
}

TEST_CASE("the total is the sum of score × points, out of the sum of the columns' points") {
  BatchRun run;
  auto half = graded("amy", "lru-cache", {test("a", Verdict::Accepted), test("b", Verdict::WrongAnswer)});
  half.points = 3;
  auto whole = graded("amy", "vector", {test("a", Verdict::Accepted)});
  whole.points = 0.5;
  auto other = graded("bob", "vector", {test("a", Verdict::WrongAnswer)});
  other.points = 0.5;
  run.entries = {half, whole, other};
  CHECK(csv_gradebook(run) == "submitter,lru-cache,vector,total (of 3.5)\r\namy,0.5,1,2\r\nbob,,0,0\r\n");
}

TEST_CASE("an ungraded submission of a known exercise is an error cell, and its reason is in the errors column") {
  BatchRun run;
  BatchEntry link = graded("amy", "vector", {});
  link.error = "is a symbolic link; pyjudge does not follow links in submissions";
  run.entries = {link, graded("bob", "vector", {test("a", Verdict::Accepted)})};
  CHECK(csv_gradebook(run) ==
        "submitter,vector,total (of 1),errors\r\n"
        "amy,error,0,amy/vector.py: is a symbolic link; pyjudge does not follow links in submissions\r\n"
        "bob,1,1,\r\n");
}

TEST_CASE("--csv-bom starts the file with a UTF-8 byte order mark, once") {
  const auto with = csv_gradebook(sample_run(), true), without = csv_gradebook(sample_run());
  CHECK(with == "\xEF\xBB\xBF" + without);
}

TEST_CASE("the gradebook replaces a submitter name that is not UTF-8") {
  BatchRun run;
  run.entries.push_back(graded("zo\xEB", "vector", {test("a", Verdict::Accepted)}));
  CHECK(csv_gradebook(run) == "submitter,vector,total (of 1)\r\nzo\xEF\xBF\xBD,1,1\r\n");
}

TEST_CASE("the gradebook of a stopped run: pending cells, and every row says the run is incomplete") {
  BatchRun run = sample_run();
  run.pending.push_back(graded("amy", "slots-point", {}));
  run.pending.push_back(graded("cy", "vector", {}));
  CHECK(csv_gradebook(run) ==
        "submitter,slots-point,vector,total (of 2),errors,notes\r\n"
        "amy,pending,0.3333,0.3333,,incomplete: 2 of 4 submissions graded (the run was stopped)\r\n"
        "bob,,,0,bob/nope.py: no exercise named 'nope',incomplete: 2 of 4 submissions graded (the run was stopped)\r\n"
        "cy,,pending,0,,incomplete: 2 of 4 submissions graded (the run was stopped)\r\n");
}
