#include "judge/authoring/calibration.hpp"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <sstream>

#include "judge/authoring/limits_edit.hpp"
#include "judge/errors.hpp"

namespace pyjudge {
namespace fs = std::filesystem;

namespace {

struct Place {
  fs::path file;
  int line = 0, column = 0;
};

// "path/to/tests.yaml:12:3" as the loader records a test's origin.
Place place_of(const std::string& origin) {
  const auto last = origin.rfind(':'), middle = origin.rfind(':', last - 1);
  return {origin.substr(0, middle), std::stoi(origin.substr(middle + 1, last - middle - 1)), std::stoi(origin.substr(last + 1))};
}

std::string read_text(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// Where the top-level mapping of a YAML file starts: its first line that is
// neither blank nor a comment.
std::pair<int, int> top_level_start(const std::string& text) {
  std::istringstream in(text);
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    const auto first = line.find_first_not_of(' ');
    if (first != std::string::npos && line[first] != '#') return {number, static_cast<int>(first) + 1};
  }
  return {1, 1};
}

}  // namespace

std::uint32_t calibrated_cpu_ms(std::uint64_t reference_max_cpu_ms) {
  const double wanted = std::max(kCalibrationFactor * static_cast<double>(reference_max_cpu_ms), double{kCalibrationFloorMs});
  return static_cast<std::uint32_t>(std::ceil(wanted / kCalibrationStepMs)) * kCalibrationStepMs;
}

std::optional<CalibrationPlan> plan_calibration(const ExerciseVerification& v) {
  if (!v.reference || !v.reference->ok) return std::nullopt;
  CalibrationPlan plan;
  std::map<std::uint32_t, std::size_t> votes;
  for (const auto& column : v.tests) {
    plan.cpu_ms.push_back(calibrated_cpu_ms(column.reference_max_cpu_ms));
    ++votes[plan.cpu_ms.back()];
  }
  plan.default_cpu_ms = kCalibrationFloorMs;
  std::size_t best = 0;
  for (const auto& [value, count] : votes)  // ascending: on a tie the smaller value stays
    if (count > best) plan.default_cpu_ms = value, best = count;
  return plan;
}

std::vector<fs::path> write_calibration(const Exercise& exercise, const CalibrationPlan& plan) {
  struct Edit {
    int line, column;
    std::optional<std::uint32_t> cpu_ms;
  };
  std::map<fs::path, std::vector<Edit>> edits;
  for (std::size_t i = 0; i < exercise.tests.size() && i < plan.cpu_ms.size(); ++i) {
    const Place at = place_of(exercise.tests[i].origin);
    const auto own = plan.cpu_ms[i] == plan.default_cpu_ms ? std::nullopt : std::optional(plan.cpu_ms[i]);
    edits[at.file].push_back({at.line, at.column, own});
  }
  const fs::path exercise_file = exercise.dir / "exercise.yaml";
  edits[exercise_file];  // the exercise default goes there, tests or not
  std::vector<fs::path> changed;
  for (auto& [file, file_edits] : edits) {
    const std::string before = read_text(file);
    std::string text = before;
    std::sort(file_edits.begin(), file_edits.end(), [](const Edit& a, const Edit& b) { return a.line > b.line; });
    for (const Edit& e : file_edits) text = edit_limit(text, e.line, e.column, "cpu_ms", e.cpu_ms);  // bottom up: lines above keep their numbers
    if (fs::equivalent(file, exercise_file)) {
      const auto [line, column] = top_level_start(text);
      text = edit_limit(text, line, column, "cpu_ms", plan.default_cpu_ms);
    }
    if (text == before) continue;
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out.flush()) throw UsageError("cannot write " + file.string());
    changed.push_back(file);
  }
  return changed;
}

}  // namespace pyjudge
