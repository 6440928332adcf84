// Editing one limit in YAML text without touching the rest of the file.
#include <doctest/doctest.h>

#include "judge/authoring/limits_edit.hpp"

using namespace pyjudge;

TEST_CASE("a test without limits gets a flow mapping after its last line, block scalars included") {
  const std::string text =
      "- name: a\n  code: |\n    observe(1)\n  expect: [1]\n\n- name: b  # kept\n  call: f()\n  expect: 2\n";
  CHECK(edit_limit(text, 1, 3, "cpu_ms", 150) ==
        "- name: a\n  code: |\n    observe(1)\n  expect: [1]\n  limits: {cpu_ms: 150}\n\n- name: b  # kept\n  call: f()\n  expect: 2\n");
  CHECK(edit_limit(text, 6, 3, "cpu_ms", 200) == text + "  limits: {cpu_ms: 200}\n");
}

TEST_CASE("a flow mapping keeps its other keys and its comment, and goes when emptied") {
  const std::string text = "- name: a\n  limits: {cpu_ms: 1500, wall_ms: 3000}  # the big one\n  call: f()\n  expect: 1\n";
  CHECK(edit_limit(text, 1, 3, "cpu_ms", 400) ==
        "- name: a\n  limits: {cpu_ms: 400, wall_ms: 3000}  # the big one\n  call: f()\n  expect: 1\n");
  CHECK(edit_limit(text, 1, 3, "cpu_ms", std::nullopt) ==
        "- name: a\n  limits: {wall_ms: 3000}  # the big one\n  call: f()\n  expect: 1\n");
  const std::string only = "- name: a\n  limits: {cpu_ms: 10}\n  call: f()\n";
  CHECK(edit_limit(only, 1, 3, "cpu_ms", std::nullopt) == "- name: a\n  call: f()\n");
}

TEST_CASE("a block mapping: a key is replaced, added or removed in place") {
  const std::string text = "title: x\nlimits:\n  memory_mb: 64\n  cpu_ms: 2000\nexamples:\n  - name: e\n";
  CHECK(edit_limit(text, 1, 1, "cpu_ms", 100) == "title: x\nlimits:\n  memory_mb: 64\n  cpu_ms: 100\nexamples:\n  - name: e\n");
  CHECK(edit_limit(text, 1, 1, "wall_ms", 900) ==
        "title: x\nlimits:\n  wall_ms: 900\n  memory_mb: 64\n  cpu_ms: 2000\nexamples:\n  - name: e\n");
  const std::string one = "title: x\nlimits:\n  cpu_ms: 2000\nstarter: s\n";
  CHECK(edit_limit(one, 1, 1, "cpu_ms", std::nullopt) == "title: x\nstarter: s\n");
}

TEST_CASE("a top-level mapping without limits gets them at its end, a nested test's limits are not the top level's") {
  const std::string text = "title: x\nexamples:\n  - name: e\n    limits: {cpu_ms: 5}\n    call: f()\n";
  CHECK(edit_limit(text, 1, 1, "cpu_ms", 100) == text + "limits: {cpu_ms: 100}\n");
  CHECK(edit_limit(text, 3, 5, "cpu_ms", 100) == "title: x\nexamples:\n  - name: e\n    limits: {cpu_ms: 100}\n    call: f()\n");
}

TEST_CASE("a flow mapping over several lines is refused") {
  CHECK_THROWS_AS(edit_limit("- name: a\n  limits: {cpu_ms: 1,\n    wall_ms: 2}\n", 1, 3, "cpu_ms", 5), LimitsEditError);
}
