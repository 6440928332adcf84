#include "judge/spec/yaml/context.hpp"

#include "judge/spec/yaml/checks.hpp"
#include "judge/text/close_matches.hpp"

#include <yaml-cpp/depthguard.h>

#include <charconv>
#include <cmath>
#include <fstream>

namespace pyjudge {

namespace {

// Limits on what one spec file may make the loader hold and walk. No real
// exercise comes close; without them a few lines of aliases ("&a [*a]", or ten
// aliases of ten aliases of ...) make every later walk endless or exponential.
constexpr std::size_t kMaxFileBytes = 1u << 20;
// Room for a test's `expect` holding the 65 levels an observation may have
// (wire::kMaxValueDepth) under the file's own few levels.
constexpr std::size_t kMaxDepth = 100;
// Nodes counted with every alias expanded, as the readers walk them. The
// largest catalog file has about 300.
constexpr std::size_t kMaxExpandedNodes = 100000;

// Walks the tree as its readers will, aliases expanded, and notes the first
// node past either limit.
struct SizeCheck {
  std::size_t nodes = 0;
  std::vector<YAML::Node> path;  // from the root to the node being walked
  std::optional<std::string> problem;
  YAML::Mark at;

  void walk(const YAML::Node& node) {
    if (problem) return;
    if (++nodes > kMaxExpandedNodes) return fail(node, "more than " + std::to_string(kMaxExpandedNodes) + " nodes once aliases are expanded");
    if (path.size() >= kMaxDepth) return too_deep(node);
    path.push_back(node);
    if (node.IsSequence()) {
      for (const auto& child : node) walk(child);
    } else if (node.IsMap()) {
      for (const auto& entry : node) {
        walk(entry.first);
        walk(entry.second);
      }
    }
    path.pop_back();
  }

  void too_deep(const YAML::Node& node) {
    for (std::size_t i = 0; i < path.size(); ++i)
      for (std::size_t j = i + 1; j < path.size(); ++j)
        if (path[i].is(path[j])) return fail(path[i], "an alias refers to a node that contains it");
    fail(node, "nested deeper than " + std::to_string(kMaxDepth) + " levels");
  }

  void fail(const YAML::Node& node, std::string message) {
    problem = std::move(message);
    at = node.Mark();
  }
};

}  // namespace

std::optional<YAML::Node> YamlContext::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    sink_.push_back({file_, 0, 0, "cannot read the file"});
    return std::nullopt;
  }
  std::string text;
  char chunk[1 << 16];
  while (text.size() <= kMaxFileBytes && (in.read(chunk, sizeof chunk) || in.gcount() > 0))
    text.append(chunk, static_cast<std::size_t>(in.gcount()));
  if (text.size() > kMaxFileBytes) {
    sink_.push_back({file_, 0, 0, "the file is larger than " + std::to_string(kMaxFileBytes >> 20) + " MiB"});
    return std::nullopt;
  }
  // yaml-cpp reads bytes that are not UTF-8 as they come, and calls a tab in
  // the indentation "illegal map value": both are said plainly instead.
  auto problems = non_utf8_text(file_, text);
  if (problems.empty()) problems = tabs_in_indentation(file_, text);
  if (!problems.empty()) {
    sink_.insert(sink_.end(), problems.begin(), problems.end());
    return std::nullopt;
  }
  YAML::Node root;
  try {
    root = YAML::Load(text);
  } catch (const YAML::DeepRecursion& e) {  // yaml-cpp's own guard, whose message says "bad file"
    error(e.mark, "invalid YAML: nested deeper than " + std::to_string(kMaxDepth) + " levels");
    return std::nullopt;
  } catch (const YAML::Exception& e) {
    error(e.mark, "invalid YAML: " + e.msg);
    return std::nullopt;
  }
  SizeCheck check;
  check.walk(root);
  if (check.problem) {
    error(check.at, "invalid YAML: " + *check.problem);
    return std::nullopt;
  }
  const auto repeated = duplicate_keys(file_, root);
  sink_.insert(sink_.end(), repeated.begin(), repeated.end());
  return root;
}

void YamlContext::error(const YAML::Mark& at, const std::string& message) {
  if (at.is_null()) sink_.push_back({file_, 0, 0, message});
  else sink_.push_back({file_, at.line + 1, at.column + 1, message});
}

void YamlContext::error(const YAML::Node& at, const std::string& message) { error(at.Mark(), message); }

std::string YamlContext::where(const YAML::Node& at) const {
  const auto m = at.Mark();
  return file_ + ":" + std::to_string(m.line + 1) + ":" + std::to_string(m.column + 1);
}

bool YamlContext::expect_map(const YAML::Node& node, const std::string& what) {
  if (node.IsMap()) return true;
  error(node, what + " must be a mapping");
  return false;
}

bool YamlContext::expect_sequence(const YAML::Node& node, const std::string& what) {
  if (node.IsSequence()) return true;
  error(node, what + " must be a list");
  return false;
}

void YamlContext::check_keys(const YAML::Node& map, const std::vector<std::string>& allowed, const std::string& what) {
  for (const auto& entry : map) {
    if (!entry.first.IsScalar()) {
      error(entry.first, what + " has a key that is not a string");
      continue;
    }
    const auto key = entry.first.Scalar();
    if (std::find(allowed.begin(), allowed.end(), key) != allowed.end()) continue;
    std::string message = "unknown key '" + key + "' in " + what;
    const auto near = close_matches(key, allowed, 1);
    if (!near.empty()) message += " (did you mean '" + near.front() + "'?)";
    error(entry.first, message);
  }
}

std::optional<YAML::Node> YamlContext::require(const YAML::Node& map, const std::string& key, const std::string& what) {
  if (map[key]) return map[key];
  error(map, what + " is missing the required key '" + key + "'");
  return std::nullopt;
}

std::optional<std::string> YamlContext::string(const YAML::Node& node, const std::string& what) {
  if (node.IsScalar()) return node.Scalar();
  error(node, what + " must be a string");
  return std::nullopt;
}

std::optional<std::vector<std::string>> YamlContext::strings(const YAML::Node& node, const std::string& what) {
  if (!node.IsSequence()) {
    error(node, what + " must be a list of strings");
    return std::nullopt;
  }
  std::vector<std::string> out;
  for (const auto& item : node) {
    auto s = string(item, "each item of " + what);
    if (!s) return std::nullopt;
    out.push_back(*s);
  }
  return out;
}

std::optional<bool> YamlContext::boolean(const YAML::Node& node, const std::string& what) {
  if (node.IsScalar() && node.Tag() != "!") {
    const auto& s = node.Scalar();
    if (s == "true" || s == "True" || s == "TRUE") return true;
    if (s == "false" || s == "False" || s == "FALSE") return false;
  }
  error(node, what + " must be true or false");
  return std::nullopt;
}

std::optional<double> YamlContext::number(const YAML::Node& node, const std::string& what) {
  if (node.IsScalar() && node.Tag() != "!") {
    const auto& s = node.Scalar();
    double v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    // from_chars also reads "nan" and "inf": a NaN weight made a NaN score (null in JSON reports).
    if (ec == std::errc() && end == s.data() + s.size() && std::isfinite(v)) return v;
  }
  error(node, what + " must be a finite number");
  return std::nullopt;
}

std::optional<std::uint64_t> YamlContext::whole(const YAML::Node& node, const std::string& what, std::uint64_t min, std::uint64_t max) {
  if (node.IsScalar() && node.Tag() != "!") {
    const auto& s = node.Scalar();
    std::uint64_t v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec == std::errc() && end == s.data() + s.size() && v >= min && v <= max) return v;
  }
  error(node, what + " must be a whole number from " + std::to_string(min) + " to " + std::to_string(max));
  return std::nullopt;
}

}  // namespace pyjudge
