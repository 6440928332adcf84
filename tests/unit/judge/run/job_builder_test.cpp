// From an Exercise to the Job a runner gets: code, names and limits, never an
// expected value (invariant 1, docs/architecture.md).
#include <doctest/doctest.h>

#include "judge/run/job_builder.hpp"
#include "protocol/job.hpp"

using namespace pyjudge;

TEST_CASE("the job carries code, names and limits, and none of the expectations") {
  Exercise ex;
  ex.module = "demo";
  ex.entry_points = {"f"};
  ex.rules.require_class = "C";
  TestCase t;
  t.name = "secret expectation";
  t.kind = "call";
  t.code = "f()";
  t.expect = Value::of_str("the-expected-value-1234");
  t.expected_stdout = "the-expected-output-5678";
  t.raises = "TheExpectedError";
  t.limits.cpu_ms = 123;
  ex.tests.push_back(t);
  JobOptions options;
  options.parallel_tests = 3;
  const protocol::Job job = make_job(ex, "def f(): pass", options);
  CHECK(job.filename == "demo.py");
  CHECK(job.rules == ex.rules);
  REQUIRE(job.tests.size() == 1);
  CHECK(job.tests[0].limits.cpu_ms == 123);
  CHECK(job.parallel_tests == 3);
  const std::string wire = protocol::encode_job(job);
  CHECK(wire.find("the-expected-value-1234") == std::string::npos);
  CHECK(wire.find("the-expected-output-5678") == std::string::npos);
  CHECK(wire.find("TheExpectedError") == std::string::npos);
}
