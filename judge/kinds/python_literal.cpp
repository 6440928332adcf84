#include "judge/kinds/python_literal.hpp"

#include <cmath>
#include <cstdio>

#include "judge/text/utf8.hpp"
#include "protocol/bigint.hpp"

namespace pyjudge {
namespace {

std::string hex_escape(const char* format, unsigned code) {
  char buf[16];
  std::snprintf(buf, sizeof buf, format, code);
  return buf;
}

std::string sequence_literal(const Value& v, const char* open, const char* close) {
  std::string out = open;
  for (std::size_t i = 0; i < v.items.size(); ++i) out += (i ? ", " : "") + python_literal(v.items[i]);
  if (v.kind == Value::Kind::Tuple && v.items.size() == 1) out += ",";
  return out + close;
}

std::string float_literal(double d) {
  if (std::isnan(d)) return "float('nan')";
  if (std::isinf(d)) return d > 0 ? "float('inf')" : "float('-inf')";
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.17g", d);
  std::string text = buf;
  if (text.find_first_of(".eE") == std::string::npos) text += ".0";
  return text;
}

}  // namespace

std::string python_str_literal(std::string_view s) {
  std::string out = "'";
  for (std::size_t i = 0; i < s.size();) {
    char32_t code;
    i += utf8_char(s, i, code);
    if (code == '\\' || code == '\'') out += std::string("\\") + static_cast<char>(code);
    else if (code >= 0x20 && code < 0x7F) out += static_cast<char>(code);
    else if (code < 0x100) out += hex_escape("\\x%02x", code);
    else if (code < 0x10000) out += hex_escape("\\u%04x", code);
    else out += hex_escape("\\U%08x", code);
  }
  return out + "'";
}

std::string python_literal(const Value& v) {
  switch (v.kind) {
    case Value::Kind::None: return "None";
    case Value::Kind::Bool: return v.boolean ? "True" : "False";
    case Value::Kind::Int: return bigint::to_decimal(v.text);
    case Value::Kind::Float: return float_literal(v.number);
    case Value::Kind::Str: return python_str_literal(v.text);
    case Value::Kind::Bytes: {
      std::string out = "b'";
      for (unsigned char c : v.text) out += hex_escape("\\x%02x", c);
      return out + "'";
    }
    case Value::Kind::List: return sequence_literal(v, "[", "]");
    case Value::Kind::Tuple: return sequence_literal(v, "(", ")");
    case Value::Kind::Set: return v.items.empty() ? "set()" : sequence_literal(v, "{", "}");
    case Value::Kind::FrozenSet: return "frozenset(" + sequence_literal(v, "[", "]") + ")";
    case Value::Kind::Dict: {
      std::string out = "{";
      for (std::size_t i = 0; i + 1 < v.items.size(); i += 2)
        out += (i ? ", " : "") + python_literal(v.items[i]) + ": " + python_literal(v.items[i + 1]);
      return out + "}";
    }
    case Value::Kind::Unsupported: break;
  }
  return "None";
}

}  // namespace pyjudge
