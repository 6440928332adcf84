// verify --calibrate: the documented rule, the exercise default, and limits
// written into the YAML where they belong.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "judge/authoring/calibration.hpp"
#include "judge/spec/loader.hpp"
#include "support/temp_exercise.hpp"

using namespace pyjudge;
namespace fs = std::filesystem;

namespace {

ExerciseVerification verified(const std::vector<std::uint64_t>& reference_cpu_ms, bool accepted = true) {
  ExerciseVerification v;
  SubmissionResult run;
  run.verdict = accepted ? Verdict::Accepted : Verdict::WrongAnswer;
  v.reference = SolutionRow{"solution.py", std::nullopt, {{run}, 0}, accepted};
  for (auto ms : reference_cpu_ms) v.tests.push_back({"1", "t", false, 2000, ms});
  return v;
}

std::string read(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("the rule: five times the reference's slowest run, at least 100 ms, in steps of 50 ms") {
  CHECK(calibrated_cpu_ms(0) == 100);
  CHECK(calibrated_cpu_ms(19) == 100);
  CHECK(calibrated_cpu_ms(21) == 150);
  CHECK(calibrated_cpu_ms(165) == 850);
  CHECK(calibrated_cpu_ms(200) == 1000);
}

TEST_CASE("the exercise default is the commonest calibrated value, no plan without an accepted reference") {
  const auto plan = plan_calibration(verified({1, 3, 165, 2, 170}));
  REQUIRE(plan);
  CHECK(plan->default_cpu_ms == 100);
  CHECK(plan->cpu_ms == std::vector<std::uint32_t>{100, 100, 850, 100, 850});
  CHECK_FALSE(plan_calibration(verified({1}, false)));
}

TEST_CASE("written limits: the default in exercise.yaml, a test's own only where it differs, the rest untouched") {
  testing::TempDir tmp("pyjudge-calibration-test");
  const fs::path dir = tmp.path / "demo";
  fs::create_directories(dir);
  std::ofstream(dir / "exercise.yaml") << testing::kMinimalExercise
                                       << "limits: {cpu_ms: 2000, memory_mb: 64}  # kept comment\n"
                                          "examples:\n  - name: e\n    call: f()\n    expect: 1\n";
  std::ofstream(dir / "tests.yaml") << "# hidden tests\n- name: light\n  call: f()\n  expect: 1\n"
                                       "- name: heavy\n  call: f()\n  expect: 1\n  limits: {cpu_ms: 3000, wall_ms: 9000}\n"
                                       "- name: was heavy\n  call: f()\n  expect: 1\n  limits: {cpu_ms: 1500}\n";
  const Exercise ex = load_exercise(dir);
  const auto changed = write_calibration(ex, {100, {100, 100, 600, 100}});
  CHECK(changed.size() == 2);
  CHECK(read(dir / "exercise.yaml").find("limits: {cpu_ms: 100, memory_mb: 64}  # kept comment\n") != std::string::npos);
  CHECK(read(dir / "tests.yaml") ==
        "# hidden tests\n- name: light\n  call: f()\n  expect: 1\n"
        "- name: heavy\n  call: f()\n  expect: 1\n  limits: {cpu_ms: 600, wall_ms: 9000}\n"
        "- name: was heavy\n  call: f()\n  expect: 1\n");
  const Exercise again = load_exercise(dir);
  CHECK(again.tests[0].limits.cpu_ms == 100);
  CHECK(again.tests[2].limits.cpu_ms == 600);
  CHECK(again.tests[3].limits.cpu_ms == 100);
  CHECK(again.tests[3].limits.memory_mb == 64);
  CHECK(write_calibration(again, {100, {100, 100, 600, 100}}).empty());  // nothing left to change
}
