// tests.yaml written from the model reads back as the same tests, for the
// values and texts YAML makes awkward.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "judge/install/tests_yaml.hpp"
#include "judge/spec/loader.hpp"
#include "support/temp_exercise.hpp"

using namespace pyjudge;
namespace fs = std::filesystem;

namespace {

Exercise load(const fs::path& dir, const std::string& tests) {
  fs::create_directories(dir);
  std::ofstream(dir / "exercise.yaml") << testing::kMinimalExercise << "limits: {cpu_ms: 1000}\n"
                                       << "examples:\n  - {name: e, call: f(), expect: 1}\n";
  std::ofstream(dir / "tests.yaml") << tests;
  return load_exercise(dir);
}

const char* kAwkward = R"yaml(- name: {en: values, ru: значения}
  call: f()
  expect: [null, true, 1.0, -0.0, 2.5e-300, 1e+16, .nan, -.inf, 123456789012345678901234567890, "42", "true", "",
           "a \"quoted\" 'word'\n\ttab", !bytes "\x00\xff\\", !tuple [], !tuple [1], !set [2, 1], !frozenset ["x"],
           {!tuple [1, 2]: {a: [1]}, !frozenset [3]: null, "": 0, 7: "seven"}]
- name: " leading space, # not a comment: "
  code: "  x = 1\nobserve(x)"
  expect: [1]
  stdout: "no newline at the end   "
- name: a literal block with a blank line and unicode
  code: |
    s = "é"

    observe(s)
  expect: ["é"]
  limits: {cpu_ms: 1000, wall_ms: 700}
  weight: 0.25
- name: approx
  call: f()
  expect: {a: 0.1}
  compare: approx
  tolerance: {rel: 1e-09}
  visible: true
- name: crlf and trailing lines
  code: "observe(1)\r\n\n\n"
  raises: builtins.ValueError
)yaml";

}  // namespace

TEST_CASE("tests.yaml written from the model loads back as the same tests") {
  testing::TempDir tmp("pyjudge-tests-yaml-test");
  const Exercise plain = load(tmp.path / "plain", kAwkward);
  const std::string written = tests_yaml(plain);
  const Exercise copy = load(tmp.path / "copy", written);
  REQUIRE(copy.tests.size() == plain.tests.size());
  CHECK(copy.examples == 1);
  for (std::size_t i = 0; i < plain.tests.size(); ++i) {
    const TestCase &p = plain.tests[i], &c = copy.tests[i];
    INFO("test ", p.name, "\n", written);
    CHECK(c.name == p.name);
    CHECK(c.title.ru == p.title.ru);
    CHECK(c.kind == p.kind);
    CHECK(c.code == p.code);
    CHECK(c.expect.has_value() == p.expect.has_value());
    if (p.expect) CHECK(repr(*c.expect) == repr(*p.expect));
    if (p.expect) CHECK(values_equal(*c.expect, *p.expect));
    CHECK(c.expected_stdout == p.expected_stdout);
    CHECK(c.raises == p.raises);
    CHECK(c.compare == p.compare);
    CHECK(c.rel_tolerance == p.rel_tolerance);
    CHECK(c.limits == p.limits);
    CHECK(c.visible == p.visible);
    CHECK(c.weight == p.weight);
  }
  CHECK(written.find("wall_ms: 700") != std::string::npos);
  CHECK(written.find("cpu_ms") == std::string::npos);  // the exercise's own limit is not repeated
  CHECK(written.find("- name: e") == std::string::npos);  // examples stay in exercise.yaml
}
