// Errors in exercise files, each tied to file:line:column.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace pyjudge {

struct Diagnostic {
  std::string file;
  int line = 0;    // 1-based; 0 when the whole file is meant
  int column = 0;  // 1-based
  std::string message;
  std::string format() const;  // "file:line:column: message"
};

class SpecError : public std::runtime_error {
 public:
  explicit SpecError(std::vector<Diagnostic> diagnostics);
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }

 private:
  std::vector<Diagnostic> diagnostics_;
};

// Levenshtein distance, for "did you mean" suggestions.
std::size_t edit_distance(std::string_view a, std::string_view b);
// Candidates within a small edit distance of `word`, closest first.
std::vector<std::string> close_matches(std::string_view word, const std::vector<std::string>& candidates, std::size_t max = 3);

}  // namespace pyjudge
