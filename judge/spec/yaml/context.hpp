// Typed, diagnosed access to YAML nodes: every wrong type, bad value, unknown
// or missing key becomes a Diagnostic with the node's file:line:column, and
// loading goes on so that one pass reports every error.
#pragma once

#include <yaml-cpp/yaml.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "judge/errors.hpp"

namespace pyjudge {

class YamlContext {
 public:
  YamlContext(std::string file, std::vector<Diagnostic>& sink) : file_(std::move(file)), sink_(sink) {}

  // Parses the file; nullopt (with a diagnostic) when it is unreadable or not YAML.
  std::optional<YAML::Node> load(const std::string& path);

  void error(const YAML::Node& at, const std::string& message);
  void error(const YAML::Mark& at, const std::string& message);
  std::string where(const YAML::Node& at) const;

  bool expect_map(const YAML::Node& node, const std::string& what);
  bool expect_sequence(const YAML::Node& node, const std::string& what);
  // Reports keys of `map` that are not in `allowed`, with a suggestion.
  void check_keys(const YAML::Node& map, const std::vector<std::string>& allowed, const std::string& what);
  // A required key; reports its absence at the map's position.
  std::optional<YAML::Node> require(const YAML::Node& map, const std::string& key, const std::string& what);

  std::optional<std::string> string(const YAML::Node& node, const std::string& what);
  std::optional<std::vector<std::string>> strings(const YAML::Node& node, const std::string& what);
  std::optional<bool> boolean(const YAML::Node& node, const std::string& what);
  std::optional<double> number(const YAML::Node& node, const std::string& what);
  // A whole number in [min, max].
  std::optional<std::uint64_t> whole(const YAML::Node& node, const std::string& what, std::uint64_t min, std::uint64_t max);

  const std::string& file() const { return file_; }

 private:
  std::string file_;
  std::vector<Diagnostic>& sink_;
};

}  // namespace pyjudge
