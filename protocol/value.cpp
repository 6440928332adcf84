#include "protocol/value.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

#include "protocol/bigint.hpp"

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

int compare_scalars(const Value& a, const Value& b) {  // same kind, not a container
  switch (a.kind) {
    case Value::Kind::Bool: return three_way(a.boolean, b.boolean);
    case Value::Kind::Int: return bigint::compare(a.text, b.text);
    case Value::Kind::Float: return compare_floats(a.number, b.number);
    case Value::Kind::Str:
    case Value::Kind::Bytes:
    case Value::Kind::Unsupported: return three_way(a.text, b.text);
    default: return 0;
  }
}

bool is_container(Value::Kind kind) {
  return kind == Value::Kind::List || kind == Value::Kind::Tuple || kind == Value::Kind::Dict ||
         kind == Value::Kind::Set || kind == Value::Kind::FrozenSet;
}

// Sets and dicts compare regardless of order. That is done once per comparison:
// canonical() copies a value with every set's elements and every dict's
// entries (by key, then value) sorted, and two canonical values compare with
// a plain ordered walk. Sorting copies inside every comparison instead
// repeated the work at every level of nesting: a 24 KB observation of nested
// frozensets took 4 s to compare, and each fourfold size ten times longer.
int ordered_compare(const Value& a, const Value& b) {  // both canonical
  if (a.kind != b.kind) return three_way(a.kind, b.kind);
  if (!is_container(a.kind)) return compare_scalars(a, b);
  const std::size_t n = std::min(a.items.size(), b.items.size());
  for (std::size_t i = 0; i < n; ++i)
    if (int c = ordered_compare(a.items[i], b.items[i])) return c;
  return three_way(a.items.size(), b.items.size());
}

Value canonical(const Value& v) {
  if (v.items.empty()) return v;
  Value out = Value::sequence(v.kind, {});
  out.items.reserve(v.items.size());
  for (const auto& item : v.items) out.items.push_back(canonical(item));
  const auto less = [](const Value& x, const Value& y) { return ordered_compare(x, y) < 0; };
  if (v.kind == Value::Kind::Set || v.kind == Value::Kind::FrozenSet) {
    std::sort(out.items.begin(), out.items.end(), less);
  } else if (v.kind == Value::Kind::Dict) {  // flat key, value, key, value, ...: sort the pairs
    std::vector<std::size_t> pairs;
    for (std::size_t i = 0; i + 1 < out.items.size(); i += 2) pairs.push_back(i);
    std::sort(pairs.begin(), pairs.end(), [&](std::size_t x, std::size_t y) {
      const int c = ordered_compare(out.items[x], out.items[y]);
      return c != 0 ? c < 0 : ordered_compare(out.items[x + 1], out.items[y + 1]) < 0;
    });
    std::vector<Value> sorted;
    sorted.reserve(out.items.size());
    for (auto i : pairs) {
      sorted.push_back(std::move(out.items[i]));
      sorted.push_back(std::move(out.items[i + 1]));
    }
    out.items = std::move(sorted);
  }
  return out;
}

std::vector<Value> sorted_elements(const std::vector<Value>& items) {
  std::vector<Value> copy = items;
  std::sort(copy.begin(), copy.end(), [](const Value& x, const Value& y) { return compare_values(x, y) < 0; });
  return copy;
}

}  // namespace

Value canonical_form(const Value& v) { return canonical(v); }

int compare_values(const Value& a, const Value& b) {
  if (a.kind != b.kind) return three_way(a.kind, b.kind);
  switch (a.kind) {
    case Value::Kind::List:
    case Value::Kind::Tuple: {
      const std::size_t n = std::min(a.items.size(), b.items.size());
      for (std::size_t i = 0; i < n; ++i)
        if (int c = compare_values(a.items[i], b.items[i])) return c;
      return three_way(a.items.size(), b.items.size());
    }
    case Value::Kind::Set:
    case Value::Kind::FrozenSet:
    case Value::Kind::Dict: return ordered_compare(canonical(a), canonical(b));
    default: return compare_scalars(a, b);
  }
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
