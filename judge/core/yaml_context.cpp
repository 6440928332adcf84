#include "yaml_context.hpp"

#include <charconv>
#include <fstream>
#include <sstream>

namespace pyjudge {

std::optional<YAML::Node> YamlContext::load(const std::string& path) {
  std::ifstream in(path);
  if (!in) {
    sink_.push_back({file_, 0, 0, "cannot read the file"});
    return std::nullopt;
  }
  std::stringstream text;
  text << in.rdbuf();
  try {
    return YAML::Load(text.str());
  } catch (const YAML::Exception& e) {
    error(e.mark, "invalid YAML: " + e.msg);
    return std::nullopt;
  }
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
    if (ec == std::errc() && end == s.data() + s.size()) return v;
  }
  error(node, what + " must be a number");
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
