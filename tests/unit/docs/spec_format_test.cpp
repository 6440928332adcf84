// Every ```yaml example of docs/spec-format.md loads without a diagnostic.
// The HTML comment before each block says what it is (the doc's "About the
// examples" section): a whole exercise.yaml, a fragment of one, a tests.yaml
// or a single test; the fragments are wrapped in a minimal valid exercise.
#include <doctest/doctest.h>
#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "judge/spec/loader.hpp"
#include "support/temp_exercise.hpp"

using namespace pyjudge;
namespace fs = std::filesystem;

namespace {

struct Block {
  std::string kind;  // the marker's text, "" when there is none
  std::string text;
  int line = 0;      // of the opening fence, for messages
};

std::vector<Block> yaml_blocks(const fs::path& doc) {
  std::ifstream in(doc);
  REQUIRE(in);
  std::vector<Block> blocks;
  std::string line, previous;
  int number = 0;
  const std::string open = "<!-- example: ", close = " -->";
  while (std::getline(in, line)) {
    ++number;
    if (line == "```yaml") {
      Block b;
      b.line = number;
      if (previous.rfind(open, 0) == 0 && previous.size() > open.size() + close.size() &&
          previous.compare(previous.size() - close.size(), close.size(), close) == 0)
        b.kind = previous.substr(open.size(), previous.size() - open.size() - close.size());
      while (std::getline(in, line) && line != "```") {
        ++number;
        b.text += line + "\n";
      }
      ++number;
      blocks.push_back(b);
    }
    if (!line.empty()) previous = line;
  }
  return blocks;
}

// The minimal exercise (one key a line) without `keys`, plus a visible example.
std::string minimal_without(const std::set<std::string>& keys) {
  std::istringstream in(std::string(testing::kMinimalExercise) + "examples: [{name: minimal example, call: f(), expect: 1}]\n");
  std::string line, out;
  while (std::getline(in, line))
    if (!keys.count(line.substr(0, line.find(':')))) out += line + "\n";
  return out;
}

struct TempExercise {
  testing::TempDir tmp{"pyjudge-docs-test"};
  const fs::path& dir = tmp.path;
  TempExercise(const std::string& exercise, const std::string& tests, bool with_implementations = false) {
    std::ofstream(dir / "exercise.yaml") << exercise;
    if (!tests.empty()) std::ofstream(dir / "tests.yaml") << tests;
    if (!with_implementations) return;
    fs::create_directories(dir / "mutants");  // what a write-the-tests exercise brings
    std::ofstream(dir / "implementation.py") << "def slugify(text):\n    return text.lower()\n";
    std::ofstream(dir / "mutants" / "keeps_case.py") << "def slugify(text):\n    return text\n";
  }
};

std::string as_list_item(const std::string& mapping) {
  std::istringstream in(mapping);
  std::string line, out;
  bool first = true;
  while (std::getline(in, line)) {
    out += (first ? "- " : "  ") + line + "\n";
    first = false;
  }
  return out;
}

}  // namespace

TEST_CASE("every yaml example of docs/spec-format.md loads") {
  const auto blocks = yaml_blocks(fs::path(PYJUDGE_SOURCE_DIR) / "docs" / "spec-format.md");
  std::map<std::string, int> kinds;
  std::string last_exercise;  // "tests.yaml of the exercise above" loads next to it
  for (const auto& b : blocks) {
    CAPTURE(b.line);
    CAPTURE(b.text);
    ++kinds[b.kind];
    std::string exercise, tests;
    if (b.kind == "exercise.yaml" || b.kind == "exercise.yaml of a write-the-tests exercise") {
      exercise = last_exercise = b.text;
    } else if (b.kind == "tests.yaml of the exercise above") {
      exercise = last_exercise;
      tests = b.text;
    } else if (b.kind == "exercise.yaml fragment") {
      std::set<std::string> keys;
      for (const auto& entry : YAML::Load(b.text)) keys.insert(entry.first.Scalar());
      exercise = minimal_without(keys) + b.text;
    } else if (b.kind == "tests.yaml") {
      exercise = minimal_without({});
      tests = b.text;
    } else if (b.kind == "test") {
      exercise = minimal_without({});
      tests = as_list_item(b.text);
    } else {
      FAIL("the yaml block at docs/spec-format.md:" << b.line << " has no valid <!-- example: ... --> marker ('" << b.kind << "')");
      continue;
    }
    TempExercise ex(exercise, tests, b.kind == "exercise.yaml of a write-the-tests exercise");
    std::vector<Diagnostic> diagnostics;
    const Exercise loaded = read_exercise(ex.dir, diagnostics);
    std::string messages;
    for (const auto& d : diagnostics) messages += d.format() + "\n";
    CHECK_MESSAGE(diagnostics.empty(), "docs/spec-format.md:" << b.line << ":\n" << messages);
    if (!tests.empty()) CHECK(loaded.has_hidden_tests);
  }
  // The doc keeps examples of every kind; an extraction that finds nothing must not pass.
  CHECK(kinds["exercise.yaml"] >= 1);
  CHECK(kinds["exercise.yaml fragment"] >= 2);
  CHECK(kinds["tests.yaml"] >= 1);
  CHECK(kinds["test"] >= 3);
  CHECK(kinds["tests.yaml of the exercise above"] >= 1);  // the SQL kind
  CHECK(kinds["exercise.yaml of a write-the-tests exercise"] >= 1);
}
