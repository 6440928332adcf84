// Inputs found by the fuzz targets (fuzz/, docs/fuzzing.md), each fed exactly
// as found, with the clean error the judge must give instead of crashing.
#include <doctest/doctest.h>

#include <unistd.h>

#include <cstdio>
#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "core/protocol.hpp"
#include "core/spec_loader.hpp"
#include "core/value.hpp"
#include "core/value_codec.hpp"

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

namespace {

// Frozensets nested `depth` deep, each level holding two frozensets that differ
// only in their last element (a marker int): comparing them means walking all
// of both.
Value nested_frozensets(int depth, int last_marker = 1) {
  std::vector<Value> items{Value::none()};
  for (int d = 1; d <= depth; ++d) {
    std::vector<Value> next;
    for (int i = 0; i < 2; ++i) {
      auto with_marker = items;
      with_marker.push_back(Value::of_int(d == depth && i == 1 ? last_marker : i));
      next.push_back(Value::sequence(Value::Kind::FrozenSet, std::move(with_marker)));
    }
    items = std::move(next);
  }
  return Value::sequence(Value::Kind::FrozenSet, std::move(items));
}

}  // namespace

TEST_CASE("fuzz_frames: comparing nested frozensets takes time linear in their size, not exponential in their depth") {
  // compare_values sorted copies of every set inside every comparison: under
  // fuzz_frames this 5.9 KB observation took 7 s; in a release build a 24 KB
  // one took 4 s and the time grew about tenfold for each fourfold size, so a
  // candidate's 1 MB observation would have kept the judge busy for half an hour.
  wire::Writer body;
  body.u8(protocol::kChildResultVersion);
  body.u32(1);
  wire::encode_value(body, nested_frozensets(8));
  body.u8(0);
  wire::Writer framed;
  framed.u32(static_cast<std::uint32_t>(body.size()));
  framed.raw(body.data());
  CHECK(framed.size() == 5881);  // the 5871-byte value in a child result
  const auto result = protocol::decode_child_result(framed.data());
  REQUIRE(result.observations.size() == 1);
  CHECK(compare_values(result.observations[0], result.observations[0]) == 0);

  const Value big = nested_frozensets(14);  // 376 KB on the wire: still comparing after a minute before
  CHECK(values_equal(big, nested_frozensets(14)));
  CHECK(compare_values(big, nested_frozensets(14, 2)) < 0);
  CHECK(compare_values(nested_frozensets(14, 2), big) > 0);
}

TEST_CASE("sets and dicts still compare regardless of order") {
  const auto set_of = [](std::vector<Value> xs) { return Value::sequence(Value::Kind::Set, std::move(xs)); };
  const auto dict_of = [](std::vector<Value> xs) { return Value::sequence(Value::Kind::Dict, std::move(xs)); };
  CHECK(values_equal(set_of({Value::of_int(2), Value::of_int(1)}), set_of({Value::of_int(1), Value::of_int(2)})));
  CHECK(values_equal(dict_of({Value::of_str("b"), Value::of_int(2), Value::of_str("a"), set_of({Value::of_int(3), Value::of_int(1)})}),
                     dict_of({Value::of_str("a"), set_of({Value::of_int(1), Value::of_int(3)}), Value::of_str("b"), Value::of_int(2)})));
  CHECK(compare_values(set_of({Value::of_int(1), Value::of_int(3)}), set_of({Value::of_int(2), Value::of_int(1)})) > 0);  // {1,3} vs {1,2}
  CHECK(compare_values(dict_of({Value::of_int(1), Value::of_int(5)}), dict_of({Value::of_int(1), Value::of_int(6)})) < 0);
  CHECK(repr(set_of({Value::of_int(3), Value::of_int(1), Value::of_int(2)})) == "{1, 2, 3}");
}
