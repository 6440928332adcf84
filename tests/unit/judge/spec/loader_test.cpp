// Spec loading errors name file:line:column exactly.
#include <doctest/doctest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "judge/spec/loader.hpp"
#include "support/temp_exercise.hpp"

using namespace pyjudge;
namespace fs = std::filesystem;

namespace {

const char* kGoodExercise = testing::kMinimalExercise;

struct TempExercise {
  fs::path dir;
  explicit TempExercise(const std::string& exercise_yaml, const std::string& tests_yaml = "") {
    dir = fs::temp_directory_path() / ("pyjudge-spec-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    fs::create_directories(dir);
    std::ofstream(dir / "exercise.yaml") << exercise_yaml;
    if (!tests_yaml.empty()) std::ofstream(dir / "tests.yaml") << tests_yaml;
  }
  ~TempExercise() { fs::remove_all(dir); }
  std::vector<std::string> errors() const {
    std::vector<std::string> out;
    for (const auto& d : validate_exercise(dir)) {
      auto text = d.format();
      out.push_back(text.substr(text.find(dir.filename().string()) + dir.filename().string().size() + 1));
    }
    return out;
  }
  static inline int counter = 0;
};

}  // namespace

TEST_CASE("a valid exercise loads with its tests in order") {
  TempExercise ex(std::string(kGoodExercise) + "examples:\n  - name: e\n    call: f()\n    expect: !tuple [1, 2.5, .nan]\n",
                  "- name: h\n  code: observe(f())\n  expect: [!set [1, 2], !bytes \"a\\xff\", 123456789012345678901234567890]\n"
                  "  compare: set\n  limits: {cpu_ms: 10}\n");
  const Exercise loaded = load_exercise(ex.dir);
  REQUIRE(loaded.tests.size() == 2);
  CHECK(loaded.tests[0].visible);
  CHECK_FALSE(loaded.tests[1].visible);
  CHECK(repr(*loaded.tests[0].expect) == "(1, 2.5, nan)");
  CHECK(repr(*loaded.tests[1].expect) == "[{1, 2}, b'a\\xff', 123456789012345678901234567890]");
  CHECK(loaded.tests[1].limits.cpu_ms == 10);
  CHECK(loaded.tests[1].limits.wall_ms == 5000);
  CHECK(loaded.tests[1].compare == Comparator::Set);
}

TEST_CASE("plain scalars follow the YAML core schema, quoted ones are strings") {
  TempExercise ex(kGoodExercise, "- name: h\n  call: f()\n  expect: [1, 1.0, true, null, '1', \"true\", abc, -.inf]\n");
  const auto loaded = load_exercise(ex.dir);
  CHECK(repr(*loaded.tests[0].expect) == "[1, 1.0, True, None, '1', 'true', 'abc', -inf]");
}

TEST_CASE("unknown keys are reported with a suggestion and their position") {
  TempExercise ex(std::string(kGoodExercise) + "titel: x\n");
  CHECK(ex.errors() == std::vector<std::string>{"exercise.yaml:8:1: unknown key 'titel' in exercise.yaml (did you mean 'title'?)"});
}

TEST_CASE("every error in a file is reported in one pass") {
  TempExercise ex(kGoodExercise,
                  "- name: a\n"
                  "  call: f()\n"
                  "  expcet: 1\n"
                  "- name: b\n"
                  "  call: f()\n"
                  "  code: f()\n"
                  "  expect: 1\n"
                  "- name: c\n"
                  "  code: observe(1)\n"
                  "  expect: 1\n"
                  "  compare: fuzzy\n"
                  "  limits: {cpu_ms: -5}\n");
  CHECK(ex.errors() == std::vector<std::string>{
                           "tests.yaml:3:3: unknown key 'expcet' in a test (did you mean 'expect'?)",
                           "tests.yaml:1:3: a test needs at least one of 'expect', 'raises' or 'stdout'",
                           "tests.yaml:4:3: a test needs exactly one of 'call' (an expression) or 'code' (statements)",
                           "tests.yaml:10:11: a 'code' test expects the list of its observations, e.g. [5] for one observe(5)",
                           "tests.yaml:11:12: compare must be exact, unordered, set or approx",
                           "tests.yaml:12:20: limits.cpu_ms must be a whole number from 1 to 600000",
                       });
}

TEST_CASE("missing required keys and wrong types") {
  TempExercise ex("title: {en: T}\ndifficulty: extreme\ntopics: t\nmodule: 1bad\nentry_points: [f]\nstatement: {en: S, ru: С}\n");
  CHECK(ex.errors() == std::vector<std::string>{
                           "exercise.yaml:1:8: title is missing the required key 'ru'",
                           "exercise.yaml:2:13: difficulty must be easy, medium or hard",
                           "exercise.yaml:3:9: topics must be a list of strings",
                           "exercise.yaml:4:9: module must be a Python identifier, e.g. find_duplicates",
                           "exercise.yaml:1:1: exercise.yaml is missing the required key 'starter'",
                       });
}

TEST_CASE("broken YAML names the line and column") {
  TempExercise ex("title: {en: T, ru: Т\ndifficulty: easy\n");
  const auto errors = ex.errors();
  REQUIRE(errors.size() == 1);
  CHECK(errors[0] == "exercise.yaml:2:11: invalid YAML: end of map flow not found");
}

TEST_CASE("bad expected values") {
  TempExercise ex(kGoodExercise,
                  "- name: a\n  call: f()\n  expect: !set [[1]]\n"
                  "- name: b\n  call: f()\n  expect: !decimal 1.5\n"
                  "- name: c\n  call: f()\n  expect: !bytes \"я\"\n"
                  "- name: a\n  call: f()\n  expect: 1\n");
  const auto errors = ex.errors();
  REQUIRE(errors.size() == 4);
  CHECK(errors[0] == "tests.yaml:3:17: a set element must be hashable, not a list");
  CHECK(errors[1] == "tests.yaml:6:11: unknown tag '!decimal' on a scalar (known: !bytes, !!str, !!int, !!float)");
  CHECK(errors[2] == "tests.yaml:9:11: !bytes text may only hold characters below U+0100 (use \\xNN escapes)");
  CHECK(errors[3].rfind("tests.yaml:10:9: two tests are named 'a' (the first at ", 0) == 0);
  CHECK(errors[3].find("tests.yaml:1:3)") != std::string::npos);
}

TEST_CASE("a tolerance and a weight must be usable numbers") {
  TempExercise ex(kGoodExercise,
                  "- name: a\n  call: f()\n  expect: 1.0\n  compare: approx\n  tolerance: {rel: -1e-9, abs: .nan}\n"
                  "- name: b\n  call: f()\n  expect: 1\n  weight: 0\n");
  CHECK(ex.errors() == std::vector<std::string>{
                           "tests.yaml:5:20: tolerance.rel must not be negative",
                           "tests.yaml:5:32: tolerance.abs must be a finite number",
                           "tests.yaml:9:11: weight must be positive",
                       });
}

TEST_CASE("raises excludes expect and stdout, which would never be checked") {
  TempExercise ex(kGoodExercise, "- name: a\n  call: f()\n  raises: ValueError\n  expect: 1\n");
  CHECK(ex.errors() == std::vector<std::string>{
                           "tests.yaml:3:11: 'raises' cannot be combined with 'expect': once the exception matches the test "
                           "passes, so it would never be checked"});
}

TEST_CASE("a missing exercise.yaml is an error, a missing tests.yaml is not") {
  TempExercise ex(kGoodExercise);
  CHECK(ex.errors().empty());
  fs::remove(ex.dir / "exercise.yaml");
  CHECK(ex.errors() == std::vector<std::string>{"exercise.yaml: cannot read the file"});
}

TEST_CASE("a test's name may be given in English and Russian") {
  TempExercise ex(std::string(kGoodExercise) + "examples:\n  - name: {en: two keys, ru: два ключа}\n    call: f()\n    expect: 1\n",
                  "- name: plain\n  call: f()\n  expect: 1\n- name: {en: only English}\n  call: f()\n  expect: 1\n");
  CHECK(ex.errors() == std::vector<std::string>{"tests.yaml:4:9: name is missing the required key 'ru'"});
  TempExercise good(std::string(kGoodExercise) + "examples:\n  - name: {en: two keys, ru: два ключа}\n    call: f()\n    expect: 1\n",
                    "- name: plain\n  call: f()\n  expect: 1\n");
  const Exercise loaded = load_exercise(good.dir);
  CHECK(loaded.tests[0].name == "two keys");
  CHECK(loaded.tests[0].title.in("ru") == "два ключа");
  CHECK(loaded.tests[1].title.in("ru") == "plain");
}

TEST_CASE("a sealed test carries a salt and digests, never next to the values they replace") {
  const std::string salt = "0123456789abcdef0123456789abcdef", digest(64, 'a');
  TempExercise good(std::string(kGoodExercise) + "sealed: true\n",
                    "- name: a\n  call: f()\n  sealed: {salt: " + salt + ", expect: [" + digest + "], stdout: " + digest + "}\n"
                    "- name: b\n  code: observe(1)\n  compare: set\n  sealed: {salt: " + salt + ", expect: []}\n");
  const Exercise loaded = load_exercise(good.dir);
  CHECK(loaded.sealed);
  REQUIRE(loaded.tests[0].sealed);
  CHECK(loaded.tests[0].sealed->salt == salt);
  CHECK(*loaded.tests[0].sealed->observations == std::vector<std::string>{digest});
  CHECK(loaded.tests[0].sealed->stdout_digest == digest);
  CHECK(loaded.tests[1].sealed->observations->empty());  // a code test that expects no observation
  CHECK_FALSE(loaded.tests[1].sealed->stdout_digest);

  TempExercise bad(kGoodExercise,
                   "- name: a\n  call: f()\n  expect: 1\n  sealed: {salt: " + salt + ", expect: [" + digest + ", " + digest + "]}\n"
                   "- name: b\n  call: f()\n  visible: true\n  compare: approx\n  sealed: {salt: ABC, stdout: 12, extra: 1}\n"
                   "- name: c\n  call: f()\n  sealed: {salt: " + salt + "}\n");
  CHECK(bad.errors() == std::vector<std::string>{
                            "tests.yaml:3:11: a sealed test has digests instead of 'expect'",
                            "tests.yaml:4:60: a sealed call test has one digest",
                            "tests.yaml:9:11: only hidden tests are sealed: a visible test shows its expected values anyway",
                            "tests.yaml:9:11: approx tests are never sealed: their expected values stay plain",
                            "tests.yaml:9:35: unknown key 'extra' in sealed",
                            "tests.yaml:9:18: sealed.salt must be 32 hex digits (lower case)",
                            "tests.yaml:9:31: sealed.stdout must be 64 hex digits (lower case)",
                            "tests.yaml:12:11: sealed needs 'expect' or 'stdout' digests",
                        });
}

TEST_CASE("points: a positive number, 1 when not given") {
  TempExercise plain(kGoodExercise, "- name: a\n  call: f()\n  expect: 1\n");
  CHECK(load_exercise(plain.dir).points == 1.0);
  TempExercise two(std::string(kGoodExercise) + "points: 2.5\n", "- name: a\n  call: f()\n  expect: 1\n");
  CHECK(load_exercise(two.dir).points == 2.5);
  TempExercise zero(std::string(kGoodExercise) + "points: 0\n", "- name: a\n  call: f()\n  expect: 1\n");
  CHECK(zero.errors() == std::vector<std::string>{"exercise.yaml:8:9: points must be a positive number"});
  TempExercise word(std::string(kGoodExercise) + "points: many\n", "- name: a\n  call: f()\n  expect: 1\n");
  REQUIRE(word.errors().size() == 1);
  CHECK(word.errors()[0].rfind("exercise.yaml:8:9: ", 0) == 0);
}
