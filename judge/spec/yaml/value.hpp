// Expected values written in YAML (docs/spec-format.md, "Expected values").
#pragma once

#include <optional>

#include "protocol/value.hpp"
#include "judge/spec/yaml/context.hpp"

namespace pyjudge {

std::optional<Value> value_from_yaml(YamlContext& ctx, const YAML::Node& node);

}  // namespace pyjudge
