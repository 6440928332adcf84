#include "judge/spec/yaml/checks.hpp"

#include <cstdio>
#include <map>
#include <set>

#include "judge/text/utf8.hpp"

namespace pyjudge {
namespace {

struct Line {
  int number = 0;
  std::string_view text;  // without its line break
};

std::vector<Line> lines_of(std::string_view text) {
  std::vector<Line> lines;
  int number = 1;
  for (std::size_t start = 0; start <= text.size(); ++number) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back({number, line});
    start = end + 1;
  }
  return lines;
}

std::size_t leading_spaces(std::string_view line) {
  std::size_t n = 0;
  while (n < line.size() && line[n] == ' ') ++n;
  return n;
}

bool blank(std::string_view line) { return line.find_first_not_of(" \t") == std::string_view::npos; }

// `key: |`, `- >-`, `text: |2  # comment`: the lines after it that are more
// indented, or blank, are the scalar's text.
bool starts_block_scalar(std::string_view line) {
  for (std::size_t i = 0; i < line.size(); ++i)  // drop a comment: '#' at the start or after a blank
    if (line[i] == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) {
      line = line.substr(0, i);
      break;
    }
  const std::size_t end = line.find_last_not_of(" \t");
  if (end == std::string_view::npos) return false;
  line = line.substr(0, end + 1);
  const std::size_t start = line.find_last_of(" \t") == std::string_view::npos ? 0 : line.find_last_of(" \t") + 1;
  const std::string_view token = line.substr(start);
  if (token.size() > 3 || (token[0] != '|' && token[0] != '>')) return false;
  return token.substr(1).find_first_not_of("-+123456789") == std::string_view::npos;
}

int column_in_characters(std::string_view line_start_to_byte) {
  int column = 1;
  char32_t code = 0;
  for (std::size_t i = 0; i < line_start_to_byte.size();) {
    const std::size_t n = utf8_sequence(line_start_to_byte, i, code);
    i += n ? n : 1;
    ++column;
  }
  return column;
}

// Keys are the same when their text and tag are: `1` and `"1"` differ (an int
// and a str in an expected dict), `!tuple [1, 2]` is no scalar and is not compared.
void check_map(const std::string& file, const YAML::Node& map, std::vector<Diagnostic>& out) {
  std::map<std::pair<std::string, std::string>, YAML::Mark> seen;
  for (const auto& entry : map) {
    if (!entry.first.IsScalar()) continue;
    const auto mark = entry.first.Mark();
    const auto [first, inserted] = seen.emplace(std::pair(entry.first.Tag(), entry.first.Scalar()), mark);
    if (inserted) continue;
    out.push_back({file, mark.line + 1, mark.column + 1,
                   "duplicate key '" + entry.first.Scalar() + "' (first at line " + std::to_string(first->second.line + 1) +
                       "): a mapping names each key once"});
  }
}

void walk(const std::string& file, const YAML::Node& node, std::set<int>& visited, std::vector<Diagnostic>& out) {
  if (!node.IsMap() && !node.IsSequence()) return;
  if (!visited.insert(node.Mark().pos).second) return;  // an alias of a node already checked
  if (node.IsMap()) check_map(file, node, out);
  for (const auto& child : node) {
    if (node.IsMap()) {
      walk(file, child.first, visited, out);
      walk(file, child.second, visited, out);
    } else {
      walk(file, child, visited, out);
    }
  }
}

}  // namespace

std::vector<Diagnostic> non_utf8_text(const std::string& file, std::string_view text) {
  const auto bad = first_invalid_utf8(text);
  if (!bad) return {};
  const std::size_t line_start = text.rfind('\n', *bad) == std::string_view::npos ? 0 : text.rfind('\n', *bad) + 1;
  int line = 1;
  for (std::size_t i = 0; i < line_start; ++i) line += text[i] == '\n';
  char byte[8];
  std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(text[*bad]));
  return {{file, line, column_in_characters(text.substr(line_start, *bad - line_start)),
           std::string("the file is not UTF-8: byte ") + byte + " starts no UTF-8 character; save it as UTF-8"}};
}

std::vector<Diagnostic> tabs_in_indentation(const std::string& file, std::string_view text) {
  std::vector<Diagnostic> out;
  std::optional<std::size_t> block_parent;  // the indentation of the line that opened a block scalar
  for (const auto& [number, line] : lines_of(text)) {
    if (block_parent && (blank(line) || leading_spaces(line) > *block_parent)) continue;  // the scalar's text
    block_parent.reset();
    const std::size_t indent_end = line.find_first_not_of(" \t");
    if (indent_end == std::string_view::npos || line[indent_end] == '#') continue;
    const std::size_t tab = line.substr(0, indent_end).find('\t');
    if (tab != std::string_view::npos)
      out.push_back({file, number, static_cast<int>(tab) + 1, "a tab in the indentation: YAML indents with spaces only"});
    if (starts_block_scalar(line)) block_parent = leading_spaces(line);
  }
  return out;
}

std::vector<Diagnostic> duplicate_keys(const std::string& file, const YAML::Node& root) {
  std::vector<Diagnostic> out;
  std::set<int> visited;
  walk(file, root, visited, out);
  return out;
}

}  // namespace pyjudge
