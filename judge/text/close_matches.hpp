// "Did you mean" suggestions for misspelt slugs, keys and verdicts.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pyjudge {

// Levenshtein distance.
std::size_t edit_distance(std::string_view a, std::string_view b);
// Candidates within a small edit distance of `word`, closest first.
std::vector<std::string> close_matches(std::string_view word, const std::vector<std::string>& candidates, std::size_t max = 3);

}  // namespace pyjudge
