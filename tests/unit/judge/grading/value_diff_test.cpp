// What a failing visible test shows of long values: the first difference and
// a few elements around it, never the whole value twice.
#include <doctest/doctest.h>

#include "judge/grading/value_diff.hpp"

using namespace pyjudge;
using Kind = Value::Kind;

namespace {

Value int_list(int n, int changed_at = -1, int changed_to = 0) {
  std::vector<Value> items;
  for (int i = 0; i < n; ++i) items.push_back(Value::of_int(i == changed_at ? changed_to : i));
  return Value::sequence(Kind::List, items);
}

TestCase comparing(Comparator c) {
  TestCase t;
  t.compare = c;
  return t;
}

}  // namespace

TEST_CASE("short values are shown whole, as before") {
  CHECK(value_diff(int_list(3), int_list(3, 1, 9), comparing(Comparator::Exact)) == "expected: [0, 1, 2]\nactual:   [0, 9, 2]");
}

TEST_CASE("a 200-element list that differs in one place: the index, and three elements of context each side") {
  const auto diff = value_diff(int_list(200), int_list(200, 137, 5), comparing(Comparator::Exact));
  CHECK(diff ==
        "first difference at [137]: expected 137, actual 5\n"
        "expected: [..., 134, 135, 136, 137, 138, 139, 140, ...]  (200 items)\n"
        "actual:   [..., 134, 135, 136, 5, 138, 139, 140, ...]  (200 items)");
}

TEST_CASE("a list that ends early or goes on says so at the index where it does") {
  const auto shorter = value_diff(int_list(200), int_list(150), comparing(Comparator::Exact));
  CHECK(shorter.rfind("first difference at [150]: expected 150, but the actual list ends after 150 items\n", 0) == 0);
  CHECK(shorter.find("actual:   [..., 147, 148, 149]  (150 items)") != std::string::npos);
  const auto longer = value_diff(int_list(150), int_list(200), comparing(Comparator::Exact));
  CHECK(longer.rfind("first difference at [150]: expected the list to end after 150 items, actual has 200; the first extra is 150", 0) == 0);
}

TEST_CASE("nested values give the path to the difference, key by key") {
  std::vector<Value> rows;
  for (int i = 0; i < 30; ++i)
    rows.push_back(Value::sequence(Kind::Dict, {Value::of_str("id"), Value::of_int(i), Value::of_str("name"), Value::of_str("n" + std::to_string(i))}));
  const Value expected = Value::sequence(Kind::List, rows);
  rows[12].items[3] = Value::of_str("other");
  const auto diff = value_diff(expected, Value::sequence(Kind::List, rows), comparing(Comparator::Exact));
  CHECK(diff.rfind("first difference at [12]['name']: expected 'n12', actual 'other'\n", 0) == 0);
  CHECK(diff.find("{'id': 12, 'name': 'other'}") != std::string::npos);
}

TEST_CASE("a dict with a missing key names the key") {
  std::vector<Value> expected_items, actual_items;
  for (int i = 0; i < 40; ++i) {
    expected_items.insert(expected_items.end(), {Value::of_str("k" + std::to_string(i)), Value::of_int(i)});
    if (i != 7) actual_items.insert(actual_items.end(), {Value::of_str("k" + std::to_string(i)), Value::of_int(i)});
  }
  const auto diff = value_diff(Value::sequence(Kind::Dict, expected_items), Value::sequence(Kind::Dict, actual_items),
                               comparing(Comparator::Exact));
  CHECK(diff.rfind("first difference at ['k7']: missing from the actual dict (expected 7)\n", 0) == 0);
}

TEST_CASE("unordered comparisons list the missing and unexpected elements instead of an index") {
  const auto diff = value_diff(int_list(100), int_list(100, 42, 1000), comparing(Comparator::Unordered));
  CHECK(diff.rfind("compared in any order: expected 100 items, actual 100 items\nmissing:      42\nnot expected: 1000\n", 0) == 0);
}

TEST_CASE("a long one-line string shows the character where it differs, with context") {
  const std::string base(150, 'a');
  const auto diff = value_diff(Value::of_str(base + "b" + base), Value::of_str(base + "c" + base), comparing(Comparator::Exact));
  CHECK(diff.rfind("first difference at character 150\nexpected: ...'", 0) == 0);
  CHECK(diff.find("ab" + std::string(29, 'a') + "'...") != std::string::npos);
}

TEST_CASE("characters are counted whole: a difference inside a multibyte character, or after one") {
  std::string base;
  for (int i = 0; i < 60; ++i) base += "é";  // two bytes each
  CHECK(value_diff(Value::of_str(base + "ж"), Value::of_str(base + "з"), comparing(Comparator::Exact))
            .rfind("first difference at character 60\n", 0) == 0);  // ж and з share their first byte
  CHECK(value_diff(Value::of_str(base), Value::of_str(base + "a"), comparing(Comparator::Exact))
            .rfind("first difference at character 60\n", 0) == 0);  // one is the other's beginning
}

TEST_CASE("a long string of several lines gets a line diff") {
  std::string expected, actual;
  for (int i = 0; i < 20; ++i) {
    expected += "row " + std::to_string(i) + "\n";
    actual += (i == 9 ? "ROW " : "row ") + std::to_string(i) + "\n";
  }
  const auto diff = value_diff(Value::of_str(expected), Value::of_str(actual), comparing(Comparator::Exact));
  CHECK(diff.find("- row 9\n+ ROW 9\n") != std::string::npos);
}
