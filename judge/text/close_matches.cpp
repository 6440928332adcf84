#include "judge/text/close_matches.hpp"

#include <algorithm>

namespace pyjudge {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::vector<std::string> close_matches(std::string_view word, const std::vector<std::string>& candidates, std::size_t max) {
  std::vector<std::pair<std::size_t, std::string>> scored;
  const std::size_t threshold = std::max<std::size_t>(2, word.size() / 3);
  for (const auto& c : candidates) {
    std::size_t d = edit_distance(word, c);
    if (c.find(word) != std::string::npos || std::string(word).find(c) != std::string::npos) d = std::min<std::size_t>(d, 1);
    if (d <= threshold) scored.emplace_back(d, c);
  }
  std::stable_sort(scored.begin(), scored.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
  std::vector<std::string> out;
  for (std::size_t i = 0; i < scored.size() && i < max; ++i) out.push_back(scored[i].second);
  return out;
}

}  // namespace pyjudge
