// The batch JSON report, read back as `pyjudge merge` does.
#include <doctest/doctest.h>

#include "judge/errors.hpp"
#include "judge/report/batch_json.hpp"
#include "judge/report/feedback.hpp"
#include "judge/report/gradebook.hpp"
#include "judge/report/junit.hpp"
#include "support/batch_fixture.hpp"

using namespace pyjudge;
using namespace pyjudge::testing;

TEST_CASE("the JSON report reads back into the same entries") {
  BatchRun run = sample_run();
  run.shard = Shard{1, 3};
  run.entries[0].points = 2.5;
  run.entries[0].result.details = "    def f(:\n         ^\n";
  run.entries[0].result.tests[1].line = 12;
  std::vector<nlohmann::json> subs;
  for (const auto& e : run.entries) subs.push_back(submission_json(e));
  const auto report = batch_json(run, subs);
  CHECK(report["summary"]["not_graded"] == 1);
  CHECK(report["summary"]["verdicts"]["wrong_answer"] == 1);
  CHECK(report["submissions"][1]["verdict"].is_null());

  const ParsedReport back = parse_batch_json(report, "r.json");
  CHECK(back.run.shard->index == 1);
  REQUIRE(back.run.entries.size() == 2);
  CHECK(junit_report(back.run) == junit_report(run));
  CHECK(csv_gradebook(back.run) == csv_gradebook(run));
  CHECK(back.run.entries[0].points == 2.5);
  CHECK_FALSE(back.run.entries[1].points);  // no exercise of that name
  CHECK(back.run.entries[0].result.tests[1].line == 12);
  const std::map<std::string, double> columns{{"vector", 2.5}};
  CHECK(feedback_markdown("amy", {&back.run.entries[0]}, columns) == feedback_markdown("amy", {&run.entries[0]}, columns));
  CHECK(batch_json(back.run, back.submissions) == report);
  CHECK_THROWS_AS(parse_batch_json(nlohmann::json{{"format", "other"}}, "x.json"), UsageError);
}

TEST_CASE("version 2: the batch fingerprint, and whether the run graded everything it planned") {
  BatchRun run = sample_run();
  run.fingerprint = "f00d";
  run.pending.push_back(graded("cy", "vector", {test("a", Verdict::Accepted)}));
  std::vector<nlohmann::json> subs;
  for (const auto& e : run.entries) subs.push_back(submission_json(e));
  const auto report = batch_json(run, subs);
  CHECK(report["version"] == 2);
  CHECK(report["fingerprint"] == "f00d");
  CHECK(report["complete"] == false);
  CHECK(report["progress"] == nlohmann::json{{"done", 2}, {"planned", 3}});
  CHECK(report["submissions"].size() == 2);  // what is pending is not in it
  const ParsedReport back = parse_batch_json(report, "r.json");
  CHECK_FALSE(back.complete);
  CHECK(back.planned == 3);
  CHECK(back.run.fingerprint == "f00d");
  CHECK_THROWS_AS(parse_batch_json(nlohmann::json{{"format", "pyjudge-grade"}, {"version", 1}}, "old.json"), UsageError);
}

TEST_CASE("an entry as reported: the plan's names, the result as its JSON reads back") {
  BatchEntry planned = graded("zo\xEB", "vector", {});
  planned.result = {};
  BatchEntry done = graded("zo\xEB", "vector", {test("a", Verdict::WrongAnswer)});
  done.result.tests[0].stdout_text = "bad \xFF byte";
  const BatchEntry shown = as_reported(planned, reparsed_submission_json(done));
  CHECK(shown.submitter == "zo\xEB");  // rows and order stay the plan's
  CHECK(shown.result.tests[0].stdout_text == "bad \xEF\xBF\xBD byte");
  CHECK(shown.result.verdict == Verdict::WrongAnswer);
  CHECK(submission_json(as_reported(planned, submission_json(shown))) == submission_json(shown));  // a fixed point
}
