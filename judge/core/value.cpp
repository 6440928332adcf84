#include "value.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

#include "bigint.hpp"

namespace pyjudge {

Value Value::of_bool(bool b) {
  Value v;
  v.kind = Kind::Bool;
  v.boolean = b;
  return v;
}

Value Value::of_int(long long n) { return of_int_decimal(std::to_string(n)); }

Value Value::of_int_decimal(std::string_view decimal) {
  Value v;
  v.kind = Kind::Int;
  v.text = bigint::from_decimal(decimal);
  return v;
}

Value Value::of_float(double d) {
  Value v;
  v.kind = Kind::Float;
  v.number = d;
  return v;
}

Value Value::of_str(std::string s) {
  Value v;
  v.kind = Kind::Str;
  v.text = std::move(s);
  return v;
}

Value Value::of_bytes(std::string s) {
  Value v;
  v.kind = Kind::Bytes;
  v.text = std::move(s);
  return v;
}

Value Value::sequence(Kind kind, std::vector<Value> items) {
  Value v;
  v.kind = kind;
  v.items = std::move(items);
  return v;
}

Value Value::unsupported(std::string what) {
  Value v;
  v.kind = Kind::Unsupported;
  v.text = std::move(what);
  return v;
}

double Value::as_double() const { return kind == Kind::Int ? bigint::to_double(text) : number; }

const char* kind_name(Value::Kind kind) {
  switch (kind) {
    case Value::Kind::None: return "NoneType";
    case Value::Kind::Bool: return "bool";
    case Value::Kind::Int: return "int";
    case Value::Kind::Float: return "float";
    case Value::Kind::Str: return "str";
    case Value::Kind::Bytes: return "bytes";
    case Value::Kind::List: return "list";
    case Value::Kind::Tuple: return "tuple";
    case Value::Kind::Dict: return "dict";
    case Value::Kind::Set: return "set";
    case Value::Kind::FrozenSet: return "frozenset";
    case Value::Kind::Unsupported: return "unsupported";
  }
  return "?";
}

namespace {

template <typename T>
int three_way(const T& a, const T& b) {
  return a < b ? -1 : (b < a ? 1 : 0);
}

int compare_floats(double a, double b) {
  const bool na = std::isnan(a), nb = std::isnan(b);
  if (na || nb) return three_way(na, nb);  // nan sorts last and equals nan
  return three_way(a, b);
}

int compare_ranges(const std::vector<Value>& a, const std::vector<Value>& b) {
  const std::size_t n = std::min(a.size(), b.size());
  for (std::size_t i = 0; i < n; ++i)
    if (int c = compare_values(a[i], b[i])) return c;
  return three_way(a.size(), b.size());
}

std::vector<Value> sorted_elements(const std::vector<Value>& items) {
  std::vector<Value> copy = items;
  std::sort(copy.begin(), copy.end(), [](const Value& x, const Value& y) { return compare_values(x, y) < 0; });
  return copy;
}

// Dict entries as (key, value) tuples sorted by key, so order does not matter.
std::vector<Value> sorted_entries(const std::vector<Value>& flat) {
  std::vector<Value> entries;
  for (std::size_t i = 0; i + 1 < flat.size(); i += 2)
    entries.push_back(Value::sequence(Value::Kind::Tuple, {flat[i], flat[i + 1]}));
  return sorted_elements(entries);
}

}  // namespace

int compare_values(const Value& a, const Value& b) {
  if (a.kind != b.kind) return three_way(a.kind, b.kind);
  switch (a.kind) {
    case Value::Kind::None: return 0;
    case Value::Kind::Bool: return three_way(a.boolean, b.boolean);
    case Value::Kind::Int: return bigint::compare(a.text, b.text);
    case Value::Kind::Float: return compare_floats(a.number, b.number);
    case Value::Kind::Str:
    case Value::Kind::Bytes:
    case Value::Kind::Unsupported: return three_way(a.text, b.text);
    case Value::Kind::List:
    case Value::Kind::Tuple: return compare_ranges(a.items, b.items);
    case Value::Kind::Set:
    case Value::Kind::FrozenSet: return compare_ranges(sorted_elements(a.items), sorted_elements(b.items));
    case Value::Kind::Dict: return compare_ranges(sorted_entries(a.items), sorted_entries(b.items));
  }
  return 0;
}

namespace {

std::string float_repr(double d) {
  if (std::isnan(d)) return "nan";
  if (std::isinf(d)) return d > 0 ? "inf" : "-inf";
  // Python's repr: shortest round-trip digits, scientific when exp < -4 or >= 16.
  char sci[64];
  auto res = std::to_chars(sci, sci + sizeof sci, d, std::chars_format::scientific);
  std::string s(sci, res.ptr);
  const auto e = s.find('e');
  const int exponent = std::stoi(s.substr(e + 1));
  if (exponent < -4 || exponent >= 16) {
    std::string mantissa = s.substr(0, e);
    char buf[16];
    std::snprintf(buf, sizeof buf, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
    return mantissa + buf;
  }
  char fixed[400];
  res = std::to_chars(fixed, fixed + sizeof fixed, d, std::chars_format::fixed);
  std::string out(fixed, res.ptr);
  if (out.find('.') == std::string::npos) out += ".0";
  return out;
}

void append_escaped(std::string& out, std::string_view text, bool is_bytes) {
  const char quote = (text.find('\'') != std::string_view::npos && text.find('"') == std::string_view::npos) ? '"' : '\'';
  if (is_bytes) out += 'b';
  out += quote;
  for (unsigned char c : text) {
    if (c == static_cast<unsigned char>(quote) || c == '\\') { out += '\\'; out += static_cast<char>(c); }
    else if (c == '\n') out += "\\n";
    else if (c == '\t') out += "\\t";
    else if (c == '\r') out += "\\r";
    else if (c < 0x20 || c == 0x7f || (is_bytes && c >= 0x80)) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else out += static_cast<char>(c);
  }
  out += quote;
}

struct ReprWriter {
  std::string out;
  std::size_t max_chars;

  bool full() const { return out.size() >= max_chars; }

  void items(const std::vector<Value>& xs, const char* open, const char* close, bool trailing_comma_for_one) {
    out += open;
    for (std::size_t i = 0; i < xs.size() && !full(); ++i) {
      if (i) out += ", ";
      write(xs[i]);
    }
    if (trailing_comma_for_one && xs.size() == 1) out += ",";
    out += close;
  }

  void write(const Value& v) {
    if (full()) return;
    switch (v.kind) {
      case Value::Kind::None: out += "None"; break;
      case Value::Kind::Bool: out += v.boolean ? "True" : "False"; break;
      case Value::Kind::Int:
        out += v.text.size() > 4096 ? "<int of about " + std::to_string(v.text.size() * 8) + " bits>" : bigint::to_decimal(v.text);
        break;
      case Value::Kind::Float: out += float_repr(v.number); break;
      case Value::Kind::Str: append_escaped(out, v.text, false); break;
      case Value::Kind::Bytes: append_escaped(out, v.text, true); break;
      case Value::Kind::List: items(v.items, "[", "]", false); break;
      case Value::Kind::Tuple: items(v.items, "(", ")", true); break;
      case Value::Kind::Set:
        if (v.items.empty()) out += "set()";
        else items(sorted_elements(v.items), "{", "}", false);
        break;
      case Value::Kind::FrozenSet:
        out += "frozenset(";
        if (!v.items.empty()) items(sorted_elements(v.items), "{", "}", false);
        out += ")";
        break;
      case Value::Kind::Dict:
        out += "{";
        for (std::size_t i = 0; i + 1 < v.items.size() && !full(); i += 2) {
          if (i) out += ", ";
          write(v.items[i]);
          out += ": ";
          write(v.items[i + 1]);
        }
        out += "}";
        break;
      case Value::Kind::Unsupported: out += "<" + v.text + ">"; break;
    }
  }
};

}  // namespace

std::string repr(const Value& v, std::size_t max_chars) {
  ReprWriter w{{}, max_chars};
  w.write(v);
  if (w.out.size() > max_chars) {
    w.out.resize(max_chars);
    w.out += "...";
  }
  return w.out;
}

}  // namespace pyjudge
