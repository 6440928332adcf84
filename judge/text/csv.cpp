#include "judge/text/csv.hpp"

#include <stdexcept>

#include "judge/text/utf8.hpp"

namespace pyjudge {

namespace {

bool blank(const CsvRecord& r) { return r.fields.size() == 1 && r.fields[0].empty(); }

}  // namespace

std::vector<CsvRecord> parse_csv(std::string_view text) {
  std::vector<CsvRecord> records;
  CsvRecord record{1, {""}};
  int line = 1;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    std::string& field = record.fields.back();
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') field += text[++i];
      else if (c == '"') quoted = false;
      else field += c;
      line += c == '\n';
    } else if (c == '"' && field.empty()) {
      quoted = true;
    } else if (c == ',') {
      record.fields.emplace_back();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      if (!blank(record)) records.push_back(std::move(record));
      record = {++line, {""}};
    } else {
      field += c;
    }
  }
  if (quoted) throw std::runtime_error("line " + std::to_string(record.line) + ": a quoted field is not closed");
  if (!blank(record)) records.push_back(std::move(record));
  return records;
}

std::string csv_line(const std::vector<std::string>& fields) {
  std::string out;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    const std::string f = valid_utf8(fields[i]);
    if (i) out += ',';
    if (f.find_first_of(",\"\r\n") == std::string::npos) {
      out += f;
      continue;
    }
    out += '"';
    for (const char c : f) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    out += '"';
  }
  return out + "\r\n";
}

std::string csv_text(const std::string& text) {
  if (!text.empty() && std::string_view("=+-@\t\r").find(text[0]) != std::string_view::npos) return "'" + text;
  return text;
}

}  // namespace pyjudge
