// What `validate` checks beyond the YAML: the folder name, solution.py, the
// `# expect:` line of each wrong solution, at least one test; and the names
// static rules may use.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "judge/authoring/exercise_folder.hpp"
#include "judge/spec/lexical.hpp"
#include "support/temp_exercise.hpp"

using namespace pyjudge;
namespace fs = std::filesystem;

namespace {

const std::string kExercise = testing::kMinimalExercise;

struct Folder {
  testing::TempDir root{"pyjudge-folder-test"};
  fs::path dir = root.path / "demo";
  explicit Folder(const std::string& exercise = kExercise + "examples: [{name: e, call: f(), expect: 1}]\n") {
    fs::create_directories(dir / "wrong");
    std::ofstream(dir / "exercise.yaml") << exercise;
    std::ofstream(dir / "solution.py") << "def f(): return 1\n";
  }
  void wrong(const std::string& name, const std::string& text) { std::ofstream(dir / "wrong" / name) << text; }
  std::vector<std::string> messages() const {
    std::vector<std::string> out;
    for (const auto& d : read_exercise_folder(dir).diagnostics) {
      auto text = d.format();
      out.push_back(text.substr(text.find("demo/") + 5));
    }
    return out;
  }
};

}  // namespace

TEST_CASE("a complete folder has no diagnostics and lists its wrong solutions with their verdicts") {
  Folder f;
  f.wrong("b.py", "# expect: time_limit_exceeded\nwhile True: pass\n");
  f.wrong("a.py", "# expect: wrong_answer\r\ndef f(): return 2\n");
  const auto folder = read_exercise_folder(f.dir);
  CHECK(folder.diagnostics.empty());
  REQUIRE(folder.wrong.size() == 2);
  CHECK(folder.wrong[0].path.filename() == "a.py");
  CHECK(folder.wrong[0].expected == Verdict::WrongAnswer);
  CHECK(folder.wrong[1].expected == Verdict::TimeLimitExceeded);
}

TEST_CASE("bad first lines of wrong solutions are reported at file:1:column") {
  Folder f;
  f.wrong("none.py", "def f(): return 2\n");
  f.wrong("typo.py", "# expect: wrong_anwser\n");
  f.wrong("accepted.py", "# expect: accepted\n");
  f.wrong("empty.py", "");
  const auto m = f.messages();
  REQUIRE(m.size() == 4);
  CHECK(m[0] == "wrong/accepted.py:1:11: a known-wrong solution cannot expect accepted (one of wrong_answer, runtime_error, "
                "time_limit_exceeded, memory_limit_exceeded, output_limit_exceeded, syntax_error, rule_violation, sandbox_violation)");
  CHECK(m[1] == "wrong/empty.py:1:1: a known-wrong solution must start with `# expect: <verdict>`, e.g. `# expect: wrong_answer`");
  CHECK(m[2].rfind("wrong/none.py:1:1: line 1 must be `# expect: <verdict>`", 0) == 0);
  CHECK(m[3] == "wrong/typo.py:1:11: unknown verdict 'wrong_anwser' (did you mean 'wrong_answer'?)");
}

TEST_CASE("no solution.py and no tests at all are errors") {
  Folder f(kExercise);
  fs::remove(f.dir / "solution.py");
  const auto m = f.messages();
  REQUIRE(m.size() == 2);
  CHECK(m[0] == "exercise.yaml:1:1: the exercise has no tests: add `examples` here or a tests.yaml");
  CHECK(m[1].find("solution.py: every exercise needs a reference solution") != std::string::npos);
}

TEST_CASE("static rules name identifiers or dotted names, never keywords") {
  Folder f(kExercise + "examples: [{name: e, call: f(), expect: 1}]\n" +
           "rules:\n"
           "  forbid_names: [eval, functools.lru_cache, global, 'lru_cache()', os.None]\n"
           "  forbid_imports: [os.path, import]\n"
           "  require_generator: a.b\n"
           "  require_class: class\n");
  const auto m = f.messages();
  REQUIRE(m.size() == 6);
  CHECK(m[0].rfind("exercise.yaml:11:29: rules.forbid_imports: 'import' is a Python keyword", 0) == 0);
  CHECK(m[1] == "exercise.yaml:10:45: rules.forbid_names: 'global' is a Python keyword; a rule matches a name or dotted name, "
                "e.g. eval or functools.lru_cache, never a keyword");
  CHECK(m[2] == "exercise.yaml:10:53: rules.forbid_names: 'lru_cache()' is not a name or dotted name, e.g. eval or functools.lru_cache");
  CHECK(m[3].rfind("exercise.yaml:10:68: rules.forbid_names: 'os.None' is a Python keyword", 0) == 0);
  CHECK(m[4] == "exercise.yaml:12:22: rules.require_generator: 'a.b' is not a top-level function or class name");
  CHECK(m[5].rfind("exercise.yaml:13:18: rules.require_class: 'class' is a Python keyword", 0) == 0);
}
