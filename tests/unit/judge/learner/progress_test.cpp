// The learner's progress file: best results, atomic updates, a damaged file
// is reported and left alone.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "judge/learner/progress.hpp"
#include "support/scoped_env.hpp"
#include "support/temp_exercise.hpp"

using namespace pyjudge;
namespace fs = std::filesystem;

namespace {

using testing::Env;
using testing::TempDir;

SubmissionResult result(Verdict v, double score) {
  SubmissionResult r;
  r.verdict = v;
  r.score = score;
  return r;
}

std::string read(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("the best result is kept, attempts and the last verdict always change") {
  ExerciseProgress p;
  record_attempt(p, result(Verdict::WrongAnswer, 0.5));
  record_attempt(p, result(Verdict::RuntimeError, 0.25));
  CHECK(p.attempts == 2);
  CHECK(p.best_score == 0.5);
  CHECK(p.best_verdict == "wrong_answer");
  CHECK(p.last_verdict == "runtime_error");
  CHECK(p.last_attempt.size() == 20);  // 2025-01-01T00:00:00Z
  record_attempt(p, result(Verdict::Accepted, 1.0));
  record_attempt(p, result(Verdict::WrongAnswer, 0.9));
  CHECK(p.best_verdict == "accepted");
  CHECK(p.best_score == 1.0);
}

TEST_CASE("updates go through the file and survive a reload") {
  TempDir dir;
  ProgressStore store(dir.path / "sub" / "progress.json");
  CHECK(store.load().empty());
  store.update("lru-cache", [](ExerciseProgress& p) { record_attempt(p, result(Verdict::WrongAnswer, 0.5)); });
  store.update("lru-cache", [](ExerciseProgress& p) { p.hints_revealed = 2; });
  store.update("flatten", [](ExerciseProgress& p) { record_attempt(p, result(Verdict::Accepted, 1.0)); });
  const auto all = ProgressStore(dir.path / "sub" / "progress.json").load();
  REQUIRE(all.size() == 2);
  CHECK(all.at("lru-cache").attempts == 1);
  CHECK(all.at("lru-cache").hints_revealed == 2);
  CHECK(all.at("flatten").best_verdict == "accepted");
  // Nothing but the file and its lock is left: the temporary file was renamed.
  CHECK(std::distance(fs::directory_iterator(dir.path / "sub"), fs::directory_iterator()) == 2);
}

TEST_CASE("a damaged progress file is reported and not overwritten") {
  TempDir dir;
  const auto file = dir.path / "progress.json";
  std::ofstream(file) << "{not json";
  ProgressStore store(file);
  CHECK_THROWS_AS(store.load(), ProgressError);
  CHECK_THROWS_AS(store.update("x", [](ExerciseProgress&) {}), ProgressError);
  CHECK(read(file) == "{not json");
}

TEST_CASE("an unwritable place gives ProgressError") {
  ProgressStore store("/proc/pyjudge-cannot-write-here/progress.json");
  CHECK_THROWS_AS(store.update("x", [](ExerciseProgress&) {}), ProgressError);
}

TEST_CASE("the progress file follows XDG_DATA_HOME, else HOME") {
  {
    Env xdg("XDG_DATA_HOME", "/data/me");
    CHECK(default_progress_path() == "/data/me/pyjudge/progress.json");
  }
  Env xdg("XDG_DATA_HOME", "relative/is/ignored");
  Env home("HOME", "/home/learner");
  CHECK(default_progress_path() == "/home/learner/.local/share/pyjudge/progress.json");
}
