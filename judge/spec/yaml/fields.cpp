#include "judge/spec/yaml/fields.hpp"

#include "judge/spec/lexical.hpp"

namespace pyjudge {
namespace {

const std::vector<std::string> kLimitKeys = {"cpu_ms", "wall_ms", "memory_mb", "output_kb"};
const std::vector<std::string> kRuleKeys = {"forbid_imports", "forbid_names", "require_generator", "require_class",
                                            "max_source_bytes"};
const std::vector<std::string> kLanguages = {"en", "ru"};

// A name a static rule can match: an identifier (or a dotted one) that is not a keyword.
std::string rule_name(YamlContext& ctx, const YAML::Node& node, const std::string& what, bool dotted,
                      const std::string& example = "a top-level function or class name") {
  const auto name = ctx.string(node, what);
  if (!name) return "";
  if (!(dotted ? lexical::is_dotted_identifier(*name) : lexical::is_identifier(*name))) {
    ctx.error(node, what + ": '" + *name + "' is not " + example);
    return "";
  }
  if (!lexical::is_rule_name(*name)) {
    ctx.error(node, what + ": '" + *name + "' is a Python keyword; a rule matches " + example + ", never a keyword");
    return "";
  }
  return *name;
}

std::vector<std::string> rule_names(YamlContext& ctx, const YAML::Node& node, const std::string& what, const std::string& example) {
  std::vector<std::string> out;
  if (!ctx.expect_sequence(node, what)) return out;
  for (const auto& item : node)
    if (auto name = rule_name(ctx, item, what, true, example); !name.empty()) out.push_back(name);
  return out;
}

}  // namespace

Localized localized(YamlContext& ctx, const YAML::Node& node, const std::string& what) {
  Localized out;
  if (!ctx.expect_map(node, what + " (with en and ru)")) return out;
  ctx.check_keys(node, kLanguages, what);
  if (auto en = ctx.require(node, "en", what)) out.en = ctx.string(*en, what + ".en").value_or("");
  if (auto ru = ctx.require(node, "ru", what)) out.ru = ctx.string(*ru, what + ".ru").value_or("");
  return out;
}

Limits limits(YamlContext& ctx, const YAML::Node& node, Limits base) {
  if (!ctx.expect_map(node, "limits")) return base;
  ctx.check_keys(node, kLimitKeys, "limits");
  auto field = [&](const char* key, std::uint32_t& out, std::uint64_t max) {
    if (node[key])
      if (auto v = ctx.whole(node[key], std::string("limits.") + key, 1, max)) out = static_cast<std::uint32_t>(*v);
  };
  field("cpu_ms", base.cpu_ms, 600000);
  field("wall_ms", base.wall_ms, 600000);
  field("memory_mb", base.memory_mb, 16384);
  field("output_kb", base.output_kb, 65536);
  return base;
}

Rules rules(YamlContext& ctx, const YAML::Node& node) {
  Rules out;
  if (!ctx.expect_map(node, "rules")) return out;
  ctx.check_keys(node, kRuleKeys, "rules");
  if (node["forbid_imports"]) out.forbid_imports = rule_names(ctx, node["forbid_imports"], "rules.forbid_imports", "a module name, e.g. functools or os.path");
  if (node["forbid_names"]) out.forbid_names = rule_names(ctx, node["forbid_names"], "rules.forbid_names", "a name or dotted name, e.g. eval or functools.lru_cache");
  if (node["require_generator"]) out.require_generator = rule_name(ctx, node["require_generator"], "rules.require_generator", false);
  if (node["require_class"]) out.require_class = rule_name(ctx, node["require_class"], "rules.require_class", false);
  if (node["max_source_bytes"]) out.max_source_bytes = ctx.whole(node["max_source_bytes"], "rules.max_source_bytes", 1, 1u << 24).value_or(65536);
  return out;
}

}  // namespace pyjudge
