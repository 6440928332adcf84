// Readers of the compound fields exercise.yaml and tests.yaml share: a
// text in both languages, limits, static rules. Each reports what is wrong at
// its file:line:column and returns what it could read.
#pragma once

#include <string>

#include "judge/spec/exercise.hpp"
#include "judge/spec/yaml/context.hpp"

namespace pyjudge {

Localized localized(YamlContext& ctx, const YAML::Node& node, const std::string& what);
// `node`'s keys over `base` (an exercise's limits, for a test).
Limits limits(YamlContext& ctx, const YAML::Node& node, Limits base);
Rules rules(YamlContext& ctx, const YAML::Node& node);

}  // namespace pyjudge
