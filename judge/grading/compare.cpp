#include "judge/grading/compare.hpp"

#include <algorithm>
#include <cmath>

#include "judge/spec/sealed_value.hpp"

namespace pyjudge {
namespace {

std::vector<Value> sorted(std::vector<Value> items, bool unique) {
  std::sort(items.begin(), items.end(), [](const Value& a, const Value& b) { return compare_values(a, b) < 0; });
  if (unique) items.erase(std::unique(items.begin(), items.end(), values_equal), items.end());
  return items;
}

bool is_collection(const Value& v) {
  return v.is_sequence() || v.kind == Value::Kind::Set || v.kind == Value::Kind::FrozenSet;
}

// Same container kind, equal as multisets (unique=false) or as sets (unique=true).
bool equal_as_bags(const Value& expected, const Value& actual, bool unique) {
  if (expected.kind != actual.kind || !is_collection(expected)) return false;
  const auto a = sorted(expected.items, unique), b = sorted(actual.items, unique);
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), values_equal);
}

bool close(double a, double b, double rel, double abs) {
  if (std::isnan(a) || std::isnan(b)) return std::isnan(a) && std::isnan(b);
  if (a == b) return true;  // also equal infinities
  if (std::isinf(a) || std::isinf(b)) return false;
  return std::fabs(a - b) <= std::max(rel * std::max(std::fabs(a), std::fabs(b)), abs);
}

bool approx_equal(const Value& e, const Value& a, double rel, double abs) {
  if (e.is_number() && a.is_number()) return close(e.as_double(), a.as_double(), rel, abs);
  if (e.kind != a.kind) return false;
  if (e.is_sequence()) {
    if (e.items.size() != a.items.size()) return false;
    for (std::size_t i = 0; i < e.items.size(); ++i)
      if (!approx_equal(e.items[i], a.items[i], rel, abs)) return false;
    return true;
  }
  if (e.kind == Value::Kind::Dict) {
    if (e.items.size() != a.items.size()) return false;
    for (std::size_t i = 0; i + 1 < e.items.size(); i += 2) {
      bool found = false;
      for (std::size_t j = 0; j + 1 < a.items.size() && !found; j += 2)
        found = values_equal(e.items[i], a.items[j]) && approx_equal(e.items[i + 1], a.items[j + 1], rel, abs);
      if (!found) return false;
    }
    return true;
  }
  return values_equal(e, a);
}

// The observation number `index` of a test against its expectation.
bool observation_matches(const TestCase& test, std::size_t index, const Value& actual) {
  if (actual.kind == Value::Kind::Unsupported) return false;
  if (!test.sealed) return matches(test.kind == "call" ? *test.expect : test.expect->items[index], actual, test);
  const auto digest = observation_digest(actual, test.compare, test.sealed->salt);
  return digest && *digest == test.sealed->observations->at(index);
}

std::size_t expected_count(const TestCase& test) {
  if (test.sealed) return test.sealed->observations->size();
  return test.kind == "call" ? 1 : test.expect->items.size();
}

}  // namespace

bool expects_observations(const TestCase& test) {
  return test.expect || (test.sealed && test.sealed->observations);
}

bool observations_match(const TestCase& test, const Value& observed) {
  if (test.kind == "call") return observation_matches(test, 0, observed);
  if (observed.items.size() != expected_count(test)) return false;
  for (std::size_t i = 0; i < observed.items.size(); ++i)
    if (!observation_matches(test, i, observed.items[i])) return false;
  return true;
}

bool stdout_matches(const TestCase& test, const std::string& text) {
  if (test.sealed && test.sealed->stdout_digest) return stdout_digest(text, test.sealed->salt) == *test.sealed->stdout_digest;
  return !test.expected_stdout || text == *test.expected_stdout;
}

bool matches(const Value& expected, const Value& actual, const TestCase& test) {
  if (actual.kind == Value::Kind::Unsupported) return false;
  switch (test.compare) {
    case Comparator::Exact: return values_equal(expected, actual);
    case Comparator::Unordered: return equal_as_bags(expected, actual, false);
    case Comparator::Set: return equal_as_bags(expected, actual, true);
    case Comparator::Approx: return approx_equal(expected, actual, test.rel_tolerance, test.abs_tolerance);
  }
  return false;
}

}  // namespace pyjudge
