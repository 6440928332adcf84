// The batch reporters: XML text, JUnit counts, the gradebook, Exercism
// statuses, and the JSON report read back as `pyjudge merge` does.
#include <doctest/doctest.h>

#include "core/catalog.hpp"
#include "core/report_batch_json.hpp"
#include "core/report_csv.hpp"
#include "core/report_exercism.hpp"
#include "core/report_junit.hpp"
#include "core/xml_text.hpp"

using namespace pyjudge;

namespace {

TestResult test(const std::string& name, Verdict verdict, bool visible = true) {
  TestResult t;
  t.name = name;
  t.verdict = verdict;
  t.visible = visible;
  t.message = verdict == Verdict::Accepted ? "" : "wrong answer";
  t.details = "expected: 1";
  t.stdout_text = "printed";
  t.wall_ms = 12;
  return t;
}

BatchEntry graded(const std::string& submitter, const std::string& exercise, std::vector<TestResult> tests) {
  BatchEntry e;
  e.submitter = submitter;
  e.exercise = exercise;
  e.path = submitter + "/" + exercise + ".py";
  e.result.exercise = exercise;
  e.result.tests = std::move(tests);
  e.result.sandbox_layers = {"seccomp"};
  double passed = 0;
  e.result.verdict = Verdict::Accepted;
  for (const auto& t : e.result.tests) {
    if (t.verdict == Verdict::Accepted) passed += 1;
    else if (e.result.verdict == Verdict::Accepted) e.result.verdict = t.verdict;
  }
  e.result.score = passed / static_cast<double>(e.result.tests.size());
  return e;
}

BatchRun sample_run() {
  BatchRun run;
  run.entries.push_back(graded("amy", "vector", {test("a", Verdict::Accepted), test("b", Verdict::WrongAnswer, false),
                                                  test("c", Verdict::InternalError)}));
  BatchEntry missing;
  missing.submitter = "bob";
  missing.exercise = "nope";
  missing.path = "bob/nope.py";
  missing.error = "no exercise named 'nope'";
  run.entries.push_back(missing);
  run.python_version = "3.11.2";
  return run;
}

}  // namespace

TEST_CASE("XML text: escaped, valid UTF-8, no control characters") {
  CHECK(xml_escape_text("a<b>&c") == "a&lt;b&gt;&amp;c");
  CHECK(xml_escape_attribute("say \"hi\"\nnow") == "say &quot;hi&quot;&#10;now");
  CHECK(valid_xml_chars(std::string("ok\x01\x00z", 5)) == "ok\xEF\xBF\xBD\xEF\xBF\xBDz");
  CHECK(valid_xml_chars("\xff") == "\xEF\xBF\xBD");                // not UTF-8
  CHECK(valid_xml_chars("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");  // overlong
  CHECK(valid_xml_chars("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a surrogate
  CHECK(valid_xml_chars("zo\xC3\xAB \xF0\x9F\x90\x8D") == "zo\xC3\xAB \xF0\x9F\x90\x8D");
}

TEST_CASE("scores print with at most four decimals") {
  CHECK(format_score(1.0) == "1");
  CHECK(format_score(0.0) == "0");
  CHECK(format_score(0.75) == "0.75");
  CHECK(format_score(2.0 / 3.0) == "0.6667");
}

TEST_CASE("JUnit: failures are the candidate's, errors the judge's or the input's") {
  const std::string xml = junit_report(sample_run());
  CHECK(xml.find("<testsuites name=\"pyjudge grade\" tests=\"4\" failures=\"1\" errors=\"2\"") != std::string::npos);
  CHECK(xml.find("<testsuite name=\"amy/vector\" tests=\"3\" failures=\"1\" errors=\"1\"") != std::string::npos);
  CHECK(xml.find("<failure type=\"wrong_answer\" message=\"wrong answer\"></failure>") != std::string::npos);  // hidden: no details
  CHECK(xml.find("<error type=\"internal_error\" message=\"wrong answer\">expected: 1</error>") != std::string::npos);
  CHECK(xml.find("<error type=\"not_graded\" message=\"no exercise named &apos;nope&apos;\"/>") == std::string::npos);
  CHECK(xml.find("<error type=\"not_graded\" message=\"no exercise named 'nope'\"/>") != std::string::npos);
  CHECK(xml.find("<system-out>printed</system-out>") != std::string::npos);
}

TEST_CASE("the gradebook: a score, error, or nothing submitted") {
  BatchRun run = sample_run();
  run.entries.push_back(graded("bob", "vector", {test("a", Verdict::Accepted), test("b", Verdict::WrongAnswer)}));
  BatchEntry failed = graded("cy", "vector", {test("a", Verdict::InternalError)});  // the judge's failure: no score
  run.entries.push_back(failed);
  CHECK(csv_gradebook(run) == "submitter,nope,vector\r\namy,,0.3333\r\nbob,error,0.5\r\ncy,,error\r\n");
  run.missing_layers = {"landlock"};
  CHECK(csv_gradebook(run).rfind("submitter,nope,vector,sandbox\r\namy,,0.3333,weak sandbox: missing landlock\r\n", 0) == 0);
}

TEST_CASE("Exercism v3: error when nothing ran, fail, pass; hidden tests keep their code") {
  Exercise ex;
  TestCase visible;
  visible.name = "a";
  visible.kind = "call";
  visible.code = "f()";
  visible.visible = true;
  visible.expect = Value::of_int(1);
  TestCase hidden = visible;
  hidden.name = "b";
  hidden.visible = false;
  ex.tests = {visible, hidden};

  SubmissionResult r = graded("amy", "x", {test("a", Verdict::Accepted), test("b", Verdict::WrongAnswer, false)}).result;
  auto j = exercism_results(ex, r);
  CHECK(j["version"] == 3);
  CHECK(j["status"] == "fail");
  CHECK(j["message"].is_null());
  CHECK(j["tests"][0]["test_code"] == "f()\n# expected: 1");
  CHECK(j["tests"][0]["output"] == "printed");
  CHECK(j["tests"][1]["test_code"] == "# a hidden test: its code is not shown");
  CHECK(j["tests"][1]["message"] == "wrong answer");  // no details for a hidden test
  CHECK_FALSE(j["tests"][1].contains("output"));

  r.verdict = Verdict::SyntaxError;
  r.message = "x.py, line 1, column 2: invalid syntax";
  j = exercism_results(ex, r);
  CHECK(j["status"] == "error");
  CHECK(j["message"] == r.message);
  CHECK(exercism_error("no exercise")["tests"].empty());
}

TEST_CASE("the JSON report reads back into the same entries") {
  BatchRun run = sample_run();
  run.shard = Shard{1, 3};
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
  CHECK(batch_json(back.run, back.submissions) == report);
  CHECK_THROWS_AS(parse_batch_json(nlohmann::json{{"format", "other"}}, "x.json"), UsageError);
}
