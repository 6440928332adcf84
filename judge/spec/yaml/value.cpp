#include "judge/spec/yaml/value.hpp"

#include "judge/spec/lexical.hpp"

#include <cmath>
#include <algorithm>

namespace pyjudge {
namespace {

const std::string kCoreTag = "tag:yaml.org,2002:";

bool is_plain(const YAML::Node& n) { return n.Tag() == "?" || n.Tag().empty(); }

// Python itself refuses an int literal of more than 4300 digits
// (sys.get_int_max_str_digits()), and building one here takes time quadratic
// in its length: a 1 MiB literal took over a minute.
constexpr std::size_t kMaxIntDigits = 4300;

bool too_long_int(const std::string& s) {
  return lexical::is_yaml_int(s) && s.size() - (s[0] == '-' || s[0] == '+' ? 1 : 0) > kMaxIntDigits;
}

// A plain scalar resolved as in the YAML 1.2 core schema.
Value plain_scalar(const std::string& s) {
  if (s == "null" || s == "Null" || s == "NULL" || s == "~" || s.empty()) return Value::none();
  if (s == "true" || s == "True" || s == "TRUE") return Value::of_bool(true);
  if (s == "false" || s == "False" || s == "FALSE") return Value::of_bool(false);
  if (lexical::is_yaml_int(s)) return Value::of_int_decimal(s);
  if (lexical::is_yaml_float(s)) return Value::of_float(std::strtod(s.c_str(), nullptr));
  if (lexical::is_yaml_inf(s)) return Value::of_float(s[0] == '-' ? -INFINITY : INFINITY);
  if (lexical::is_yaml_nan(s)) return Value::of_float(NAN);
  return Value::of_str(s);
}

// "!bytes" text: each UTF-8 code point below U+0100 becomes one byte.
std::optional<std::string> latin1_bytes(const std::string& utf8) {
  std::string out;
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    const auto c = static_cast<unsigned char>(utf8[i]);
    if (c < 0x80) out.push_back(static_cast<char>(c));
    else if ((c == 0xc2 || c == 0xc3) && i + 1 < utf8.size()) out.push_back(static_cast<char>(((c & 0x03) << 6) | (utf8[++i] & 0x3f)));
    else return std::nullopt;
  }
  return out;
}

bool hashable(const Value& v) {
  switch (v.kind) {
    case Value::Kind::List:
    case Value::Kind::Dict:
    case Value::Kind::Set: return false;
    case Value::Kind::Tuple:
      return std::all_of(v.items.begin(), v.items.end(), hashable);
    default: return true;
  }
}

std::optional<Value> scalar(YamlContext& ctx, const YAML::Node& node) {
  const std::string& tag = node.Tag();
  const std::string& s = node.Scalar();
  const bool core_scalar = tag == kCoreTag + "int" || tag == kCoreTag + "float" || tag == kCoreTag + "bool" || tag == kCoreTag + "null";
  if ((is_plain(node) || core_scalar) && too_long_int(s)) {
    if (tag == kCoreTag + "float") return Value::of_float(std::strtod(s.c_str(), nullptr));
    ctx.error(node, "an int may have at most " + std::to_string(kMaxIntDigits) + " digits, as in Python");
    return std::nullopt;
  }
  if (is_plain(node)) return plain_scalar(s);
  if (tag == "!" || tag == kCoreTag + "str") return Value::of_str(s);
  if (tag == "!bytes") {
    if (auto b = latin1_bytes(s)) return Value::of_bytes(*b);
    ctx.error(node, "!bytes text may only hold characters below U+0100 (use \\xNN escapes)");
    return std::nullopt;
  }
  if (core_scalar) {
    Value v = plain_scalar(s);
    const auto want = tag.substr(kCoreTag.size());
    if (want == "float" && v.kind == Value::Kind::Int) return Value::of_float(std::strtod(s.c_str(), nullptr));
    const bool ok = (want == "int" && v.kind == Value::Kind::Int) || (want == "float" && v.kind == Value::Kind::Float) ||
                    (want == "bool" && v.kind == Value::Kind::Bool) || (want == "null" && v.kind == Value::Kind::None);
    if (ok) return v;
    ctx.error(node, "'" + s + "' is not a valid !!" + want);
    return std::nullopt;
  }
  ctx.error(node, "unknown tag '" + tag + "' on a scalar (known: !bytes, !!str, !!int, !!float)");
  return std::nullopt;
}

std::optional<Value> sequence(YamlContext& ctx, const YAML::Node& node) {
  const std::string& tag = node.Tag();
  Value::Kind kind;
  if (is_plain(node) || tag == "!" || tag == kCoreTag + "seq") kind = Value::Kind::List;
  else if (tag == "!tuple") kind = Value::Kind::Tuple;
  else if (tag == "!set") kind = Value::Kind::Set;
  else if (tag == "!frozenset") kind = Value::Kind::FrozenSet;
  else {
    ctx.error(node, "unknown tag '" + tag + "' on a list (known: !tuple, !set, !frozenset)");
    return std::nullopt;
  }
  std::vector<Value> items;
  for (const auto& child : node) {
    auto v = value_from_yaml(ctx, child);
    if (!v) return std::nullopt;
    if ((kind == Value::Kind::Set || kind == Value::Kind::FrozenSet) && !hashable(*v)) {
      ctx.error(child, std::string("a ") + kind_name(kind) + " element must be hashable, not a " + kind_name(v->kind));
      return std::nullopt;
    }
    items.push_back(std::move(*v));
  }
  if (kind == Value::Kind::Set || kind == Value::Kind::FrozenSet) {  // a set holds each element once
    std::sort(items.begin(), items.end(), [](const Value& a, const Value& b) { return compare_values(a, b) < 0; });
    items.erase(std::unique(items.begin(), items.end(), values_equal), items.end());
  }
  return Value::sequence(kind, std::move(items));
}

std::optional<Value> mapping(YamlContext& ctx, const YAML::Node& node) {
  if (!is_plain(node) && node.Tag() != kCoreTag + "map") {
    ctx.error(node, "unknown tag '" + node.Tag() + "' on a mapping");
    return std::nullopt;
  }
  std::vector<Value> items;
  for (const auto& entry : node) {
    auto key = value_from_yaml(ctx, entry.first);
    auto val = value_from_yaml(ctx, entry.second);
    if (!key || !val) return std::nullopt;
    if (!hashable(*key)) {
      ctx.error(entry.first, std::string("a dict key must be hashable, not a ") + kind_name(key->kind));
      return std::nullopt;
    }
    items.push_back(std::move(*key));
    items.push_back(std::move(*val));
  }
  return Value::sequence(Value::Kind::Dict, std::move(items));
}

}  // namespace

std::optional<Value> value_from_yaml(YamlContext& ctx, const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Null: return Value::none();
    case YAML::NodeType::Scalar: return scalar(ctx, node);
    case YAML::NodeType::Sequence: return sequence(ctx, node);
    case YAML::NodeType::Map: return mapping(ctx, node);
    case YAML::NodeType::Undefined: break;
  }
  ctx.error(node, "missing value");
  return std::nullopt;
}

}  // namespace pyjudge
