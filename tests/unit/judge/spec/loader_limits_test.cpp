// Inputs found by the fuzz_spec target (judge/fuzz/, docs/fuzzing.md), each fed
// exactly as found, and the loader's size limits: a clean error instead of a
// crash or endless work.
#include <doctest/doctest.h>

#include <unistd.h>

#include <cstdio>
#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "judge/spec/loader.hpp"

using namespace pyjudge;
namespace fs = std::filesystem;

namespace {

// One fuzz_spec input: exercise.yaml, then a NUL byte and tests.yaml.
struct FuzzedExercise {
  fs::path dir;
  explicit FuzzedExercise(std::string_view input) {
    dir = fs::temp_directory_path() / ("pyjudge-fuzz-regression-" + std::to_string(::getpid())) / "fuzzed-exercise";
    fs::remove_all(dir);
    fs::create_directories(dir);
    const auto nul = input.find('\0');
    write(dir / "exercise.yaml", input.substr(0, nul));
    if (nul != std::string_view::npos) write(dir / "tests.yaml", input.substr(nul + 1));
  }
  ~FuzzedExercise() { fs::remove_all(dir.parent_path()); }

  static void write(const fs::path& path, std::string_view text) {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    REQUIRE(f);
    std::fwrite(text.data(), 1, text.size(), f);
    std::fclose(f);
  }

  // The diagnostics about `file` as "file:line:column: message" lines, the folder left out.
  std::string errors_in(const std::string& file) const {
    std::string out;
    for (const auto& d : validate_exercise(dir)) {
      auto text = d.format();
      text = text.substr(text.find("fuzzed-exercise/") + 16);
      if (text.rfind(file + ":", 0) == 0) out += text + "\n";
    }
    return out;
  }
};

// A string literal with its embedded NUL bytes.
template <std::size_t N>
std::string bytes(const char (&literal)[N]) {
  return std::string(literal, N - 1);
}

}  // namespace

TEST_CASE("fuzz_spec: an alias inside its own anchor is an error, not endless recursion") {
  // Found by fuzz_spec on its first run: value_from_yaml followed *b into the map
  // holding it until the stack overflowed (ASan: stack-overflow in mapping()).
  const auto input = bytes("title: {en: T, ru: T}\n\0- name: anchors\n  call: f()\n  expect: &a [1, &b {k: *b}, *a]\n");
  CHECK(FuzzedExercise(input).errors_in("tests.yaml") ==
        "tests.yaml:3:18: invalid YAML: an alias refers to a node that contains it\n");
}

TEST_CASE("fuzz_spec: aliases of aliases cannot blow a small file up") {
  // Ten aliases of ten aliases of ...: 10^9 values from 400 bytes, which the
  // loader walked and built one by one (a hang, then out of memory).
  std::string input = bytes("\0- name: x\n  call: f()\n  expect: [&a0 [1,1,1,1,1,1,1,1,1,1]");
  for (int i = 1; i < 10; ++i) {
    input += ", &a" + std::to_string(i) + " [";
    for (int j = 0; j < 10; ++j) input += (j ? ",*a" : "*a") + std::to_string(i - 1);
    input += "]";
  }
  input += "]\n";
  CHECK(FuzzedExercise(input).errors_in("tests.yaml") ==
        "tests.yaml:3:21: invalid YAML: more than 100000 nodes once aliases are expanded\n");
}

TEST_CASE("spec files over 1 MiB or nested too deeply are rejected before they are walked") {
  SUBCASE("a file over 1 MiB") {
    const auto input = bytes("\0- name: big\n  call: f()\n  expect: \"") + std::string(1 << 20, 'x') + "\"\n";
    CHECK(FuzzedExercise(input).errors_in("tests.yaml") ==
        "tests.yaml: the file is larger than 1 MiB\n");
  }
  SUBCASE("nesting past our limit (the error is at the first level too deep)") {
    const auto input = bytes("\0- name: deep\n  call: f()\n  expect: ") + std::string(150, '[') + std::string(150, ']') + "\n";
    CHECK(FuzzedExercise(input).errors_in("tests.yaml") ==
        "tests.yaml:3:109: invalid YAML: nested deeper than 100 levels\n");
  }
  SUBCASE("nesting past yaml-cpp's own parser guard (its message said \"bad file\")") {
    const auto input = bytes("\0") + std::string(100000, '[');
    CHECK(FuzzedExercise(input).errors_in("tests.yaml") ==
        "tests.yaml:1:1: invalid YAML: nested deeper than 100 levels\n");
  }
}

TEST_CASE("an expected int has at most 4300 digits, as in Python") {
  // Building a 1 MiB int literal took over a minute (from_decimal is quadratic);
  // under fuzz_spec a 65 KB one took 7 to 11 s.
  const auto expect = [](const std::string& yaml_value) {
    return FuzzedExercise(bytes("\0- name: x\n  call: f()\n  expect: ") + yaml_value + "\n").errors_in("tests.yaml");
  };
  CHECK(expect(std::string(4300, '9')) == "");
  CHECK(expect("-" + std::string(4300, '9')) == "");
  CHECK(expect(std::string(4301, '9')) == "tests.yaml:3:11: an int may have at most 4300 digits, as in Python\n");
  CHECK(expect("[1, !!int +" + std::string(4301, '9') + "]") == "tests.yaml:3:15: an int may have at most 4300 digits, as in Python\n");
  CHECK(expect(std::string(1000000, '9')) == "tests.yaml:3:11: an int may have at most 4300 digits, as in Python\n");
  CHECK(expect("!!float " + std::string(5000, '9')) == "");  // a float, never built as an int
  CHECK(expect("\"" + std::string(5000, '9') + "\"") == "");  // a string
}

TEST_CASE("weights and tolerances are finite numbers") {
  // std::from_chars reads "nan" and "inf" too: `weight: nan` loaded, and made
  // the score NaN (null in the JSON report).
  const auto test_with = [](const std::string& keys) {
    return FuzzedExercise(bytes("\0- name: x\n  call: f()\n  expect: 1\n") + keys).errors_in("tests.yaml");
  };
  CHECK(test_with("  weight: nan\n") == "tests.yaml:4:11: weight must be a finite number\n");
  CHECK(test_with("  weight: inf\n") == "tests.yaml:4:11: weight must be a finite number\n");
  CHECK(test_with("  weight: 2.5e1\n") == "");
  CHECK(test_with("  compare: approx\n  tolerance: {rel: -infinity, abs: NaN}\n") ==
        "tests.yaml:5:20: tolerance.rel must be a finite number\ntests.yaml:5:36: tolerance.abs must be a finite number\n");
}
