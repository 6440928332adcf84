// A line diff for people: which lines of an expected text are missing from
// an actual one and which were added, from a longest common subsequence,
// with a few unchanged lines of context and the rest elided.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pyjudge::text {

struct DiffLine {
  enum class Op : char { Same = ' ', Removed = '-', Added = '+' };
  Op op = Op::Same;
  std::string text;
};

// Every line of both texts in order, each Same, Removed (only in `expected`)
// or Added (only in `actual`). Lines are split at '\n'; a final '\n' does not
// start an empty line. Past `max_cells` (lines × lines of the part between
// the common beginning and end) the middle is given as removed-then-added.
std::vector<DiffLine> diff_lines(std::string_view expected, std::string_view actual, std::size_t max_cells = 4'000'000);

// The diff as text, one line each: "- " removed, "+ " added, "  " unchanged;
// only `context` unchanged lines are kept around each change, and each run
// left out is one line "  ... (N unchanged lines)". A line with trailing
// blanks or control characters is shown quoted, with escapes, so that the
// difference can be seen. Ends with a note when only one text ends with a
// newline. Empty when the texts are equal.
std::string format_line_diff(std::string_view expected, std::string_view actual, std::size_t context = 3);

}  // namespace pyjudge::text
