// The Job as the runner decodes it: strictly, so that a judge and a runner
// that disagree about its shape fail loudly instead of running the wrong thing.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "protocol/job.hpp"

using namespace pyjudge::protocol;
using nlohmann::json;

namespace {

Job sample_job() {
  Job job;
  job.source = "def f():\n    return 1\n";
  job.filename = "demo.py";
  job.module = "demo";
  job.entry_points = {"f"};
  job.rules.forbid_names = {"eval"};
  job.rules.max_source_bytes = 1000;
  job.tests = {{"one", "call", "f()", {100, 200, 64, 8}, {}},
               {"two", "code", "observe(f())", {}, {{"impl", "def f():\n    return 1\n"}}}};
  job.parallel_tests = 2;
  job.disable_layers = {"landlock"};
  return job;
}

json sample_json() { return json::parse(encode_job(sample_job())); }

}  // namespace

TEST_CASE("a job round-trips through its JSON") {
  CHECK(decode_job(encode_job(sample_job())) == sample_job());
  CHECK(Limits{} == Limits{2000, 5000, 256, 64});  // the defaults docs/spec-format.md states
}

TEST_CASE("a truncated job is refused") {
  const std::string text = encode_job(sample_job());
  for (std::size_t cut : {std::size_t{0}, std::size_t{1}, text.size() / 2, text.size() - 1})
    CHECK_THROWS_WITH_AS(decode_job(text.substr(0, cut)), doctest::Contains("malformed job"), JobError);
}

TEST_CASE("unknown keys are refused at every level") {
  json j = sample_json();
  j["timeout"] = 5;
  CHECK_THROWS_WITH_AS(decode_job(j.dump()), "unknown key 'timeout' in the job", JobError);
  j = sample_json();
  j["rules"]["forbid_everything"] = true;
  CHECK_THROWS_WITH_AS(decode_job(j.dump()), "unknown key 'forbid_everything' in rules", JobError);
  j = sample_json();
  j["tests"][1]["expect"] = 42;  // expected values never travel (invariant 1)
  CHECK_THROWS_WITH_AS(decode_job(j.dump()), "unknown key 'expect' in a test", JobError);
  j = sample_json();
  j["tests"][0]["limits"]["cpu_s"] = 1;
  CHECK_THROWS_WITH_AS(decode_job(j.dump()), "unknown key 'cpu_s' in limits", JobError);
  j = sample_json();
  j["tests"][1]["modules"][0]["path"] = "/etc";
  CHECK_THROWS_WITH_AS(decode_job(j.dump()), "unknown key 'path' in a module", JobError);
}

TEST_CASE("missing keys, wrong types and unknown test kinds are refused") {
  json j = sample_json();
  j.erase("module");
  CHECK_THROWS_AS(decode_job(j.dump()), JobError);
  j = sample_json();
  j["tests"][0]["limits"]["cpu_ms"] = "fast";
  CHECK_THROWS_AS(decode_job(j.dump()), JobError);
  j = sample_json();
  j["tests"][0]["limits"]["cpu_ms"] = -1;
  CHECK_THROWS_AS(decode_job(j.dump()), JobError);
  j = sample_json();
  j["tests"][0]["kind"] = "shell";
  CHECK_THROWS_WITH_AS(decode_job(j.dump()), "test kind must be call or code, not 'shell'", JobError);
  CHECK_THROWS_WITH_AS(decode_job("[]"), "the job is not an object", JobError);
}

TEST_CASE("an oversized job is refused, parallel_tests is kept within 1-16") {
  json j = sample_json();
  json many = json::array();
  for (std::size_t i = 0; i <= kMaxJobTests; ++i) many.push_back(j["tests"][0]);
  j["tests"] = many;
  CHECK_THROWS_WITH_AS(decode_job(j.dump()), doctest::Contains("at most 10000"), JobError);
  j = sample_json();
  j["parallel_tests"] = 1000;
  CHECK(decode_job(j.dump()).parallel_tests == 16);
  j["parallel_tests"] = 0;
  CHECK(decode_job(j.dump()).parallel_tests == 1);
}
