#include "judge/authoring/limits_edit.hpp"

#include <sstream>
#include <utility>
#include <vector>

namespace pyjudge {
namespace {

using Lines = std::vector<std::string>;

Lines split_lines(const std::string& text) {
  Lines lines;
  std::string line;
  std::istringstream in(text);
  while (std::getline(in, line)) lines.push_back(line);
  return lines;
}

std::string join_lines(const Lines& lines, bool final_newline) {
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) out += lines[i] + (i + 1 < lines.size() || final_newline ? "\n" : "");
  return out;
}

std::size_t indent_of(const std::string& line) {
  const auto first = line.find_first_not_of(' ');
  return first == std::string::npos ? line.size() : first;
}

bool is_blank_or_comment(const std::string& line) {
  const auto first = line.find_first_not_of(' ');
  return first == std::string::npos || line[first] == '#';
}

// Whether `line` holds a key of the mapping at `indent`: spaces (or the "- "
// of a sequence item) up to the column, then `key:`.
bool has_key_at(const std::string& line, std::size_t indent, const std::string& key) {
  if (line.size() < indent || line.compare(indent, key.size() + 1, key + ":") != 0) return false;
  for (std::size_t i = 0; i < indent; ++i)
    if (line[i] != ' ' && line[i] != '-') return false;
  return true;
}

// One past the last line of the mapping that starts at `first` with keys at `indent`.
std::size_t mapping_end(const Lines& lines, std::size_t first, std::size_t indent) {
  std::size_t end = first + 1, last_content = first;
  for (; end < lines.size(); ++end) {
    if (is_blank_or_comment(lines[end])) continue;
    if (indent_of(lines[end]) < indent) break;
    last_content = end;
  }
  return last_content + 1;
}

// "{a: 1, b: 2}" with its trailing comment split off; nullopt when not a one-line flow mapping.
struct FlowLimits {
  std::vector<std::pair<std::string, std::string>> entries;
  std::string comment;
};

std::optional<FlowLimits> parse_flow(const std::string& rest) {
  const auto open = rest.find('{'), close = rest.find('}');
  if (open == std::string::npos || close == std::string::npos || close < open) return std::nullopt;
  FlowLimits flow;
  const auto hash = rest.find('#', close);
  if (hash != std::string::npos) flow.comment = "  " + rest.substr(hash);
  std::istringstream items(rest.substr(open + 1, close - open - 1));
  for (std::string item; std::getline(items, item, ',');) {
    const auto colon = item.find(':');
    if (colon == std::string::npos) continue;
    auto trim = [](std::string s) {
      const auto b = s.find_first_not_of(' '), e = s.find_last_not_of(' ');
      return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
    };
    flow.entries.emplace_back(trim(item.substr(0, colon)), trim(item.substr(colon + 1)));
  }
  return flow;
}

std::string format_flow(const FlowLimits& flow) {
  std::string out = "{";
  for (std::size_t i = 0; i < flow.entries.size(); ++i)
    out += (i ? ", " : "") + flow.entries[i].first + ": " + flow.entries[i].second;
  return out + "}" + flow.comment;
}

// Edits a `limits: {...}` line in place; false when the line should go.
bool edit_flow(std::string& line, std::size_t limits_at, FlowLimits flow, const std::string& key,
               std::optional<std::uint32_t> value) {
  bool found = false;
  for (auto it = flow.entries.begin(); it != flow.entries.end();) {
    if (it->first != key) {
      ++it;
      continue;
    }
    found = true;
    if (value) {
      it->second = std::to_string(*value);
      ++it;
    } else {
      it = flow.entries.erase(it);
    }
  }
  if (!found && value) flow.entries.emplace_back(key, std::to_string(*value));
  if (flow.entries.empty()) return false;
  line = line.substr(0, limits_at) + "limits: " + format_flow(flow);
  return true;
}

void edit_block(Lines& lines, std::size_t limits_line, std::size_t indent, const std::string& key,
                std::optional<std::uint32_t> value) {
  const std::size_t end = mapping_end(lines, limits_line, indent + 1);
  std::size_t child_indent = indent + 2;
  for (std::size_t i = limits_line + 1; i < end; ++i) {
    if (is_blank_or_comment(lines[i])) continue;
    child_indent = indent_of(lines[i]);
    if (!has_key_at(lines[i], child_indent, key)) continue;
    if (value) lines[i] = std::string(child_indent, ' ') + key + ": " + std::to_string(*value);
    else lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(i));
    if (!value && mapping_end(lines, limits_line, indent + 1) == limits_line + 1)
      lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(limits_line));  // nothing left under limits:
    return;
  }
  if (value)
    lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(limits_line + 1),
                 std::string(child_indent, ' ') + key + ": " + std::to_string(*value));
}

}  // namespace

std::string edit_limit(const std::string& text, int line, int column, const std::string& key,
                       std::optional<std::uint32_t> value) {
  Lines lines = split_lines(text);
  const bool final_newline = !text.empty() && text.back() == '\n';
  const auto first = static_cast<std::size_t>(line - 1), indent = static_cast<std::size_t>(column - 1);
  if (first >= lines.size()) throw LimitsEditError("no line " + std::to_string(line));
  const std::size_t end = mapping_end(lines, first, indent);
  for (std::size_t i = first; i < end; ++i) {
    if ((i > first && indent_of(lines[i]) != indent) || !has_key_at(lines[i], indent, "limits")) continue;
    const std::string rest = lines[i].substr(indent + 7);
    if (rest.find('{') != std::string::npos) {
      const auto flow = parse_flow(rest);
      if (!flow) throw LimitsEditError("line " + std::to_string(i + 1) + ": a limits mapping over several lines; edit it by hand");
      if (!edit_flow(lines[i], indent, *flow, key, value)) lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(i));
    } else {
      edit_block(lines, i, indent, key, value);
    }
    return join_lines(lines, final_newline);
  }
  if (value)
    lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(end),
                 std::string(indent, ' ') + "limits: {" + key + ": " + std::to_string(*value) + "}");
  return join_lines(lines, final_newline);
}

}  // namespace pyjudge
