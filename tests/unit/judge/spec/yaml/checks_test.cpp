// What yaml-cpp lets through: bytes that are not UTF-8, tabs in indentation,
// duplicate keys; each reported at file:line:column.
#include <doctest/doctest.h>

#include <fstream>

#include "judge/spec/loader.hpp"
#include "judge/spec/yaml/checks.hpp"
#include "support/temp_exercise.hpp"

using namespace pyjudge;

namespace {

std::vector<std::string> formatted(const std::vector<Diagnostic>& diagnostics) {
  std::vector<std::string> out;
  for (const auto& d : diagnostics) out.push_back(d.format());
  return out;
}

}  // namespace

TEST_CASE("the first byte that is not UTF-8, at its line and character column") {
  CHECK(formatted(non_utf8_text("e.yaml", "title: ok\nstatement: caf\xC3\xA9 cr\xE8me\n")) ==
        std::vector<std::string>{"e.yaml:2:19: the file is not UTF-8: byte 0xE8 starts no UTF-8 character; save it as UTF-8"});
  CHECK(non_utf8_text("e.yaml", "zo\xC3\xAB: \xF0\x9F\x90\x8D\n").empty());
}

TEST_CASE("a tab in the indentation is named as such, tabs in a block scalar's text are content") {
  CHECK(formatted(tabs_in_indentation("e.yaml", "limits:\n\tcpu_ms: 10\n")) ==
        std::vector<std::string>{"e.yaml:2:1: a tab in the indentation: YAML indents with spaces only"});
  CHECK(formatted(tabs_in_indentation("e.yaml", "a:\n  b:\n  \t c: 1\n")) ==
        std::vector<std::string>{"e.yaml:3:3: a tab in the indentation: YAML indents with spaces only"});
  const char* block = "starter: |\n  def f():\n  \treturn 1\n\n  \t# a comment\nhints: >-  # folded\n  a\n\tb\n";
  CHECK(formatted(tabs_in_indentation("e.yaml", block)) ==
        std::vector<std::string>{"e.yaml:8:1: a tab in the indentation: YAML indents with spaces only"});
  CHECK(tabs_in_indentation("e.yaml", "a: 1\n\t# a comment\n\t\nb: x\ty\n").empty());
  // A block scalar's text must be indented with spaces too: a tab there is the indentation.
  CHECK(tabs_in_indentation("e.yaml", "starter: |\n\tdef f(): pass\n").size() == 1);
}

TEST_CASE("a repeated key is reported at the repetition, once per mapping however many aliases name it") {
  const auto root = YAML::Load("a: &m {x: 1, y: 2, x: 3}\nb: *m\nc: *m\nlist:\n  - {k: 1}\n  - k: 1\n    k: 2\na: again\n");
  CHECK(formatted(duplicate_keys("e.yaml", root)) ==
        std::vector<std::string>{"e.yaml:8:1: duplicate key 'a' (first at line 1): a mapping names each key once",
                                 "e.yaml:1:20: duplicate key 'x' (first at line 1): a mapping names each key once",
                                 "e.yaml:7:5: duplicate key 'k' (first at line 6): a mapping names each key once"});
  CHECK(duplicate_keys("e.yaml", YAML::Load("a: 1\nb: {a: 1}\n")).empty());
  CHECK(duplicate_keys("e.yaml", YAML::Load("{1: int, \"1\": str, !tuple [1, 2]: tuple, !tuple [1, 2]: again}")).empty());
}

TEST_CASE("the loader reports each of them at exercise.yaml's or tests.yaml's file:line:column") {
  testing::TempDir dir;
  auto errors = [&](const std::string& exercise, const std::string& tests) {
    std::ofstream(dir.path / "exercise.yaml", std::ios::binary) << exercise;
    std::ofstream(dir.path / "tests.yaml", std::ios::binary) << tests;
    std::vector<std::string> out;
    for (const auto& d : validate_exercise(dir.path)) out.push_back(d.format().substr(dir.path.string().size() + 1));
    return out;
  };
  const std::string ok_tests = "- name: t\n  call: f()\n  expect: 1\n";
  CHECK(errors(std::string(testing::kMinimalExercise) + "difficulty: hard\n", ok_tests) ==
        std::vector<std::string>{"exercise.yaml:8:1: duplicate key 'difficulty' (first at line 2): a mapping names each key once"});
  CHECK(errors(testing::kMinimalExercise, "- name: t\n  call: f()\n  expect: '\xE9'\n") ==
        std::vector<std::string>{"tests.yaml:3:12: the file is not UTF-8: byte 0xE9 starts no UTF-8 character; save it as UTF-8"});
  CHECK(errors(testing::kMinimalExercise, "- name: t\n\tcall: f()\n") ==
        std::vector<std::string>{"tests.yaml:2:1: a tab in the indentation: YAML indents with spaces only"});
  CHECK(errors(testing::kMinimalExercise, ok_tests).empty());
}
