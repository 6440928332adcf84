#include "judge/grading/value_diff.hpp"

#include <algorithm>
#include <optional>

#include "judge/grading/compare.hpp"
#include "judge/text/layout.hpp"
#include "judge/text/line_diff.hpp"

namespace pyjudge {
namespace {

using Kind = Value::Kind;

constexpr std::size_t kContext = 3;         // elements shown on each side of a difference
constexpr std::size_t kElementColumns = 60;  // an element longer than this is cut
constexpr std::size_t kStringContext = 30;   // characters shown on each side of a difference in a string
constexpr std::size_t kListed = 10;          // missing or unexpected elements listed

bool is_container(Kind k) { return k == Kind::List || k == Kind::Tuple || k == Kind::Dict || k == Kind::Set || k == Kind::FrozenSet; }

std::size_t size_of(const Value& v) { return v.kind == Kind::Dict ? v.items.size() / 2 : v.items.size(); }

std::string brief(const Value& v) { return text::truncate(repr(v, 400), kElementColumns); }

std::string items(std::size_t n) { return std::to_string(n) + (n == 1 ? " item" : " items"); }

std::string described(const Value& v) {
  return is_container(v.kind) ? std::string("a ") + kind_name(v.kind) + " of " + items(size_of(v)) : brief(v);
}

// Where two values first differ: the path to it, what differs there, and the
// index at the top level to show context around.
struct Difference {
  std::string path;
  std::string what;
  std::size_t focus = 0;
};

std::optional<Difference> first_difference(const Value& e, const Value& a, const TestCase& test);

// The difference at element `i` of two containers of the same kind, descending
// into it when both elements are lists, tuples or dicts.
Difference at_element(const Value& e, const Value& a, const std::string& step, const TestCase& test) {
  if (e.kind == a.kind && (e.is_sequence() || e.kind == Kind::Dict))
    if (auto inner = first_difference(e, a, test)) return {step + inner->path, inner->what, 0};
  return {step, "expected " + brief(e) + ", actual " + brief(a), 0};
}

std::optional<Difference> sequence_difference(const Value& e, const Value& a, const TestCase& test) {
  const std::size_t common = std::min(e.items.size(), a.items.size());
  for (std::size_t i = 0; i < common; ++i) {
    if (matches(e.items[i], a.items[i], test)) continue;
    Difference d = at_element(e.items[i], a.items[i], "[" + std::to_string(i) + "]", test);
    d.focus = i;
    return d;
  }
  if (e.items.size() == a.items.size()) return std::nullopt;
  const std::string step = "[" + std::to_string(common) + "]";
  if (a.items.size() < e.items.size())
    return Difference{step, "expected " + brief(e.items[common]) + ", but the actual " + kind_name(a.kind) + " ends after " + items(common), common};
  return Difference{step, "expected the " + std::string(kind_name(e.kind)) + " to end after " + items(common) + ", actual has " +
                              std::to_string(a.items.size()) + "; the first extra is " + brief(a.items[common]), common};
}

std::optional<std::size_t> find_key(const Value& dict, const Value& key) {
  for (std::size_t i = 0; i + 1 < dict.items.size(); i += 2)
    if (values_equal(dict.items[i], key)) return i;
  return std::nullopt;
}

std::optional<Difference> dict_difference(const Value& e, const Value& a, const TestCase& test) {
  for (std::size_t i = 0; i + 1 < e.items.size(); i += 2) {
    const std::string step = "[" + brief(e.items[i]) + "]";
    const auto j = find_key(a, e.items[i]);
    if (!j) return Difference{step, "missing from the actual dict (expected " + brief(e.items[i + 1]) + ")", i / 2};
    if (matches(e.items[i + 1], a.items[*j + 1], test)) continue;
    Difference d = at_element(e.items[i + 1], a.items[*j + 1], step, test);
    d.focus = i / 2;
    return d;
  }
  for (std::size_t j = 0; j + 1 < a.items.size(); j += 2)
    if (!find_key(e, a.items[j]))
      return Difference{"[" + brief(a.items[j]) + "]", "not expected (actual " + brief(a.items[j + 1]) + ")", e.items.size() / 2};
  return std::nullopt;
}

std::optional<Difference> first_difference(const Value& e, const Value& a, const TestCase& test) {
  if (matches(e, a, test)) return std::nullopt;
  if (e.kind == a.kind && e.is_sequence()) return sequence_difference(e, a, test);
  if (e.kind == a.kind && e.kind == Kind::Dict) return dict_difference(e, a, test);
  return Difference{"", "expected " + described(e) + ", actual " + described(a), 0};
}

// A container with only the elements around `focus` (a top-level index) and "..." for the rest.
std::string elided(const Value& v, std::size_t focus) {
  if (!is_container(v.kind)) return brief(v);
  const std::size_t n = size_of(v), centre = std::min(focus, n);
  const std::size_t from = centre > kContext ? centre - kContext : 0, to = std::min(n, centre + kContext + 1);
  std::vector<Value> elements = v.items;
  if (v.kind == Kind::Set || v.kind == Kind::FrozenSet)  // in repr's order
    std::sort(elements.begin(), elements.end(), [](const Value& x, const Value& y) { return compare_values(x, y) < 0; });
  std::vector<std::string> parts;
  if (from > 0) parts.push_back("...");
  for (std::size_t i = from; i < to; ++i)
    parts.push_back(v.kind == Kind::Dict ? brief(elements[2 * i]) + ": " + brief(elements[2 * i + 1]) : brief(elements[i]));
  if (to < n) parts.push_back("...");
  const bool list = v.kind == Kind::List, tuple = v.kind == Kind::Tuple, frozen = v.kind == Kind::FrozenSet;
  std::string out = list ? "[" : tuple ? "(" : frozen ? "frozenset({" : "{";
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? ", " : "") + parts[i];
  return out + (list ? "]" : tuple ? ")" : frozen ? "})" : "}") + "  (" + items(n) + ")";
}

std::string listed(const std::vector<Value>& values) {
  std::string out;
  for (std::size_t i = 0; i < values.size() && i < kListed; ++i) out += (i ? ", " : "") + brief(values[i]);
  if (values.size() > kListed) out += ", ... (" + std::to_string(values.size()) + " in all)";
  return out;
}

// Unordered and set comparisons: which elements one side has that the other has not.
std::string bag_difference(const Value& e, const Value& a, bool as_sets) {
  auto order = [](std::vector<Value> v, bool unique) {
    std::sort(v.begin(), v.end(), [](const Value& x, const Value& y) { return compare_values(x, y) < 0; });
    if (unique) v.erase(std::unique(v.begin(), v.end(), values_equal), v.end());
    return v;
  };
  const auto x = order(e.items, as_sets), y = order(a.items, as_sets);
  std::vector<Value> missing, extra;
  auto less = [](const Value& p, const Value& q) { return compare_values(p, q) < 0; };
  std::set_difference(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(missing), less);
  std::set_difference(y.begin(), y.end(), x.begin(), x.end(), std::back_inserter(extra), less);
  std::string out = std::string("compared ") + (as_sets ? "as sets" : "in any order") + ": expected " + items(e.items.size()) +
                    ", actual " + items(a.items.size()) + "\n";
  if (!missing.empty()) out += "missing:      " + listed(missing) + "\n";
  if (!extra.empty()) out += "not expected: " + listed(extra) + "\n";
  return out + "expected: " + elided(e, 0) + "\nactual:   " + elided(a, 0);
}

// Index in bytes of the first difference, moved back to a character's start.
std::size_t first_differing_byte(const std::string& x, const std::string& y) {
  std::size_t i = 0;
  while (i < x.size() && i < y.size() && x[i] == y[i]) ++i;
  const std::string& longer = i < x.size() ? x : y;  // the texts differ, so one goes on past i
  while (i > 0 && i < longer.size() && (static_cast<unsigned char>(longer[i]) & 0xC0) == 0x80) --i;
  return i;
}

// `count` characters of `s` before (back) or after byte `at`, as a byte offset.
std::size_t step_chars(const std::string& s, std::size_t at, std::size_t count, bool back) {
  while (count > 0 && (back ? at > 0 : at < s.size())) {
    back ? --at : ++at;
    while (at > 0 && at < s.size() && (static_cast<unsigned char>(s[at]) & 0xC0) == 0x80) back ? --at : ++at;
    --count;
  }
  return at;
}

std::string string_window(const std::string& s, std::size_t at) {
  const std::size_t from = step_chars(s, at, kStringContext, true), to = step_chars(s, at, kStringContext, false);
  return (from > 0 ? "..." : "") + repr(Value::of_str(s.substr(from, to - from))) + (to < s.size() ? "..." : "");
}

std::string string_difference(const std::string& e, const std::string& a) {
  if (e.find('\n') != std::string::npos || a.find('\n') != std::string::npos)
    return "the strings differ (- expected, + actual):\n" + text::format_line_diff(e, a);
  const std::size_t at = first_differing_byte(e, a);
  std::size_t chars = 0;
  for (std::size_t i = 0; i < at; ++i) chars += (static_cast<unsigned char>(e[i]) & 0xC0) != 0x80;
  return "first difference at character " + std::to_string(chars) + "\nexpected: " + string_window(e, at) +
         "\nactual:   " + string_window(a, at);
}

}  // namespace

std::string value_diff(const Value& expected, const Value& actual, const TestCase& test) {
  const std::string e = repr(expected), a = repr(actual);
  if (e.size() <= kWholeValueChars && a.size() <= kWholeValueChars) return "expected: " + e + "\nactual:   " + a;
  if (expected.kind == Kind::Str && actual.kind == Kind::Str) {
    std::string out = string_difference(expected.text, actual.text);
    while (!out.empty() && out.back() == '\n') out.pop_back();
    return out;
  }
  const bool unordered = test.compare == Comparator::Unordered || test.compare == Comparator::Set;
  if (unordered && expected.kind == actual.kind && is_container(expected.kind))
    return bag_difference(expected, actual, test.compare == Comparator::Set);
  const auto d = first_difference(expected, actual, test);
  if (!d || (!is_container(expected.kind) && !is_container(actual.kind))) return "expected: " + e + "\nactual:   " + a;
  const std::string where = d->path.empty() ? "" : "first difference at " + d->path + ": ";
  return where + d->what + "\nexpected: " + elided(expected, d->focus) + "\nactual:   " + elided(actual, d->focus);
}

}  // namespace pyjudge
