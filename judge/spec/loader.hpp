// Loads and validates an exercise folder (docs/spec-format.md).
#pragma once

#include <filesystem>
#include <vector>

#include "judge/errors.hpp"
#include "judge/spec/exercise.hpp"

namespace pyjudge {

// Throws SpecError listing every problem found in the folder's YAML files.
Exercise load_exercise(const std::filesystem::path& dir);
// The same checks without throwing: every diagnostic, empty when valid.
std::vector<Diagnostic> validate_exercise(const std::filesystem::path& dir);
// Both: what could be read, and every diagnostic (appended to `diagnostics`).
Exercise read_exercise(const std::filesystem::path& dir, std::vector<Diagnostic>& diagnostics);

}  // namespace pyjudge
