// `pyjudge verify --calibrate`: CPU limits worked out from the reference's own
// runs, by the rule in docs/spec-format.md ("Calibrating limits"), and written
// into the exercise's YAML with --write.
#pragma once

#include <cstdint>
#include <filesystem>
#include <vector>

#include "judge/authoring/verification.hpp"
#include "judge/spec/exercise.hpp"

namespace pyjudge {

inline constexpr double kCalibrationFactor = 5.0;
inline constexpr std::uint32_t kCalibrationFloorMs = 100;
inline constexpr std::uint32_t kCalibrationStepMs = 50;

// max(5 × R, 100 ms), rounded up to a multiple of 50 ms, where R is the
// reference's slowest CPU time on the test.
std::uint32_t calibrated_cpu_ms(std::uint64_t reference_max_cpu_ms);

struct CalibrationPlan {
  std::uint32_t default_cpu_ms = 0;  // the exercise's limits.cpu_ms: the commonest calibrated value
  std::vector<std::uint32_t> cpu_ms;  // per test, in Exercise::tests order
};

// Empty when the reference was not accepted (its times then mean nothing).
std::optional<CalibrationPlan> plan_calibration(const ExerciseVerification& verification);
// Writes `plan` into exercise.yaml and tests.yaml (the exercise default, and a
// test's own cpu_ms only where it differs from it); returns the files changed.
// Throws LimitsEditError when a file's limits cannot be edited safely.
std::vector<std::filesystem::path> write_calibration(const Exercise& exercise, const CalibrationPlan& plan);

}  // namespace pyjudge
