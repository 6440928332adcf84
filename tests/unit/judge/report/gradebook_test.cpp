// The CSV gradebook.
#include <doctest/doctest.h>

#include "judge/report/gradebook.hpp"
#include "support/batch_fixture.hpp"

using namespace pyjudge;
using namespace pyjudge::testing;

TEST_CASE("the gradebook: a score, error, or nothing submitted") {
  BatchRun run = sample_run();
  run.entries.push_back(graded("bob", "vector", {test("a", Verdict::Accepted), test("b", Verdict::WrongAnswer)}));
  BatchEntry failed = graded("cy", "vector", {test("a", Verdict::InternalError)});  // the judge's failure: no score
  run.entries.push_back(failed);
  CHECK(csv_gradebook(run) == "submitter,nope,vector\r\namy,,0.3333\r\nbob,error,0.5\r\ncy,,error\r\n");
  run.missing_layers = {"landlock"};
  CHECK(csv_gradebook(run).rfind("submitter,nope,vector,sandbox\r\namy,,0.3333,weak sandbox: missing landlock\r\n", 0) == 0);
}

TEST_CASE("the gradebook replaces a submitter name that is not UTF-8") {
  BatchRun run;
  run.entries.push_back(graded("zo\xEB", "vector", {test("a", Verdict::Accepted)}));
  CHECK(csv_gradebook(run) == "submitter,vector\r\nzo\xEF\xBF\xBD,1\r\n");
}

TEST_CASE("the gradebook of a stopped run: pending cells, and every row says the run is incomplete") {
  BatchRun run = sample_run();
  run.pending.push_back(graded("amy", "slots-point", {}));
  run.pending.push_back(graded("cy", "vector", {}));
  CHECK(csv_gradebook(run) ==
        "submitter,nope,slots-point,vector,notes\r\n"
        "amy,,pending,0.3333,incomplete: 2 of 4 submissions graded (the run was stopped)\r\n"
        "bob,error,,,incomplete: 2 of 4 submissions graded (the run was stopped)\r\n"
        "cy,,,pending,incomplete: 2 of 4 submissions graded (the run was stopped)\r\n");
}
