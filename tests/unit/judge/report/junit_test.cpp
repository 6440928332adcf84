// JUnit XML: failures and errors.
#include <doctest/doctest.h>

#include "judge/report/junit.hpp"
#include "support/batch_fixture.hpp"

using namespace pyjudge;
using namespace pyjudge::testing;

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

TEST_CASE("JUnit of a stopped run: one more testsuite whose error says what is missing, so that CI fails") {
  BatchRun run = sample_run();
  run.pending.push_back(graded("cy", "vector", {}));
  run.pending.push_back(graded("dee", "vector", {}));
  const std::string xml = junit_report(run);
  CHECK(xml.find("<testsuites name=\"pyjudge grade\" tests=\"5\" failures=\"1\" errors=\"3\"") != std::string::npos);
  CHECK(xml.find("<property name=\"complete\" value=\"false\"/>") != std::string::npos);
  CHECK(xml.find("<property name=\"done\" value=\"2\"/>") != std::string::npos);
  CHECK(xml.find("<property name=\"planned\" value=\"4\"/>") != std::string::npos);
  CHECK(xml.find("<error type=\"incomplete\" message=\"incomplete: 2 of 4 submissions graded (the run was stopped); "
                 "the other submissions are not in this report\"/>") != std::string::npos);
  CHECK(xml.find("cy/vector") == std::string::npos);  // what is pending is not reported as graded
  CHECK(junit_report(sample_run()).find("incomplete") == std::string::npos);
}
