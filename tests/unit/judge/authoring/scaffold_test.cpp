// `pyjudge new`: slugs, module names, and a scaffold that validates.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "judge/authoring/exercise_folder.hpp"
#include "judge/authoring/scaffold.hpp"
#include "judge/spec/lexical.hpp"
#include "support/temp_exercise.hpp"

using namespace pyjudge;
namespace fs = std::filesystem;

TEST_CASE("slugs and module names") {
  CHECK(lexical::is_slug("lru-cache"));
  CHECK(lexical::is_slug("2-sum"));
  CHECK_FALSE(lexical::is_slug("LRU"));
  CHECK_FALSE(lexical::is_slug("-x"));
  CHECK_FALSE(lexical::is_slug("a_b"));
  CHECK(module_name_for("lru-cache") == "lru_cache");
  CHECK(module_name_for("2-sum") == "ex_2_sum");
  CHECK(module_name_for("class") == "class_");
  CHECK(display_path(fs::current_path() / "exercises" / "two-sum") == fs::path("exercises/two-sum"));
  const auto outside = fs::current_path().root_path() / "pyjudge-elsewhere";
  CHECK(display_path(outside) == (fs::current_path() == fs::current_path().root_path() ? fs::path("pyjudge-elsewhere") : outside));
}

TEST_CASE("a scaffolded exercise validates, and refuses to be created twice") {
  testing::TempDir tmp("pyjudge-scaffold-test");
  const auto& root = tmp.path;
  const auto files = scaffold_exercise(root, "two-sum", "two-sum");
  CHECK(files.size() == 4);
  const auto folder = read_exercise_folder(root / "two-sum");
  CHECK(folder.diagnostics.empty());
  CHECK(folder.exercise.module == "two_sum");
  REQUIRE(folder.wrong.size() == 1);
  CHECK_THROWS_WITH(scaffold_exercise(root, "two-sum", "two-sum"), doctest::Contains("already exists"));
  CHECK_THROWS_WITH(scaffold_exercise(root, "Two_Sum", "Two_Sum"), doctest::Contains("not a valid exercise slug"));
}

TEST_CASE("an exercise outside the catalog is named by its path, in what new prints and in exercise.yaml") {
  CHECK(exercise_reference("/anywhere", "two-sum", true) == "two-sum");
  CHECK(exercise_reference(fs::current_path(), "two-sum", false) == "./two-sum");  // not a slug
  CHECK(exercise_reference(fs::current_path() / "mine", "two-sum", false) == "mine/two-sum");
  testing::TempDir tmp("pyjudge-scaffold-test");
  const auto reference = exercise_reference(tmp.path, "two-sum", false);
  scaffold_exercise(tmp.path, "two-sum", reference);
  std::ifstream in(tmp.path / "two-sum" / "exercise.yaml");
  std::string first, second;
  std::getline(in, first);
  std::getline(in, second);
  CHECK(second == "# then run `pyjudge validate " + reference + "` and `pyjudge verify " + reference + "`.");
}
