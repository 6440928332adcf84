// An exercise rendered for a learner's terminal (`pyjudge show`): title,
// statement, starter code and the visible examples with their expected
// values, in English or Russian, wrapped to the terminal's width.
#pragma once

#include <cstddef>
#include <string>

#include "judge/spec/exercise.hpp"

namespace pyjudge {

// `exercise_ref` is how the learner named the exercise (for the commands shown).
std::string render_exercise(const Exercise& exercise, const std::string& exercise_ref, const std::string& lang, std::size_t width);

// "easy" -> "easy" / "лёгкая" (agreeing with сложность, the column it fills).
std::string difficulty_in(const std::string& difficulty, const std::string& lang);

}  // namespace pyjudge
