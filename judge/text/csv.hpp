// RFC 4180 CSV: reading manifests and writing gradebooks.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pyjudge {

struct CsvRecord {
  int line = 0;  // 1-based line where the record starts
  std::vector<std::string> fields;
};

// Records of a CSV text; quoted fields may hold commas, quotes ("") and line
// breaks. Blank lines are skipped. Throws std::runtime_error("line N: ...")
// on an unterminated quote.
std::vector<CsvRecord> parse_csv(std::string_view text);
// One line, CRLF-terminated as RFC 4180 asks; fields quoted when needed. Bytes
// that are not UTF-8 (a submitter's folder name) become U+FFFD, as in the
// JSON and JUnit reports.
std::string csv_line(const std::vector<std::string>& fields);
// Text that a spreadsheet would read as a formula (=, +, -, @) gets a leading
// apostrophe: names come from submitters and must not run in a gradebook.
std::string csv_text(const std::string& text);

}  // namespace pyjudge
