#include "judge/spec/test_reader.hpp"

#include <algorithm>

#include "judge/kinds/sql_driver.hpp"
#include "judge/spec/lexical.hpp"
#include "judge/spec/sealed_value.hpp"
#include "judge/spec/yaml/fields.hpp"
#include "judge/spec/yaml/value.hpp"

namespace pyjudge {
namespace {

const std::vector<std::string> kPythonTestKeys = {"name", "call", "code", "expect", "raises", "stdout", "compare",
                                                  "tolerance", "limits", "visible", "weight", "sealed"};
const std::vector<std::string> kSqlTestKeys = {"name", "fixture", "query", "params", "check", "columns", "expect",
                                               "raises", "compare", "limits", "visible", "weight", "sealed"};

Comparator comparator(YamlContext& ctx, const YAML::Node& node) {
  const auto name = ctx.string(node, "compare").value_or("");
  if (name == "exact") return Comparator::Exact;
  if (name == "unordered") return Comparator::Unordered;
  if (name == "set") return Comparator::Set;
  if (name == "approx") return Comparator::Approx;
  ctx.error(node, "compare must be exact, unordered, set or approx");
  return Comparator::Exact;
}

void tolerance(YamlContext& ctx, const YAML::Node& node, TestCase& t) {
  if (!ctx.expect_map(node, "tolerance")) return;
  ctx.check_keys(node, {"rel", "abs"}, "tolerance");
  for (auto [key, field] : {std::pair{"rel", &t.rel_tolerance}, std::pair{"abs", &t.abs_tolerance}}) {
    if (!node[key]) continue;
    const std::string what = std::string("tolerance.") + key;
    const auto value = ctx.number(node[key], what);
    if (value && *value < 0) ctx.error(node[key], what + " must not be negative");  // would make approx fail even on equal values
    else if (value) *field = *value;
  }
  if (t.compare != Comparator::Approx) ctx.error(node, "tolerance only applies to compare: approx");
}

// A salt or digest as sealed_value.hpp writes them.
std::string hex(YamlContext& ctx, const YAML::Node& node, const std::string& what, bool (*valid)(std::string_view),
                const std::string& shape) {
  const auto text = ctx.string(node, what);
  if (text && !valid(*text)) ctx.error(node, what + " must be " + shape + " (lower case)");
  return text.value_or("");
}

}  // namespace

void TestReader::read(YamlContext& ctx, const YAML::Node& node, Exercise& ex, bool example) {
  if (!ctx.expect_map(node, "a test")) return;
  const bool sql = ex.kind == ExerciseKind::Sql;
  ctx.check_keys(node, sql ? kSqlTestKeys : kPythonTestKeys, "a test");
  TestCase t;
  t.origin = ctx.where(node);
  t.visible = example;
  t.limits = ex.limits;
  if (sql) t.compare = Comparator::Unordered;  // rows in any order, unless the test says exact
  read_name(ctx, node, t);
  if (sql) read_sql_query(ctx, node, ex, t);
  else read_python_driver(ctx, node, t);
  read_expectations(ctx, node, t);
  read_options(ctx, node, ex, example, t);
  if (node["sealed"]) t.sealed = read_sealed(ctx, node, t);
  ex.tests.push_back(std::move(t));
}

void TestReader::read_name(YamlContext& ctx, const YAML::Node& node, TestCase& t) {
  const auto n = ctx.require(node, "name", "a test");
  if (!n) return;
  // A plain string, or {en, ru} so that `show --lang ru` titles an example in Russian.
  t.title = n->IsMap() ? localized(ctx, *n, "name") : Localized{ctx.string(*n, "name").value_or(""), ""};
  t.name = t.title.en;
  if (!t.name.empty() && !names_.emplace(t.name, t.origin).second)
    ctx.error(*n, "two tests are named '" + t.name + "' (the first at " + names_[t.name] + ")");
}

void TestReader::read_python_driver(YamlContext& ctx, const YAML::Node& node, TestCase& t) {
  const bool has_call = bool(node["call"]), has_code = bool(node["code"]);
  if (has_call == has_code) ctx.error(node, "a test needs exactly one of 'call' (an expression) or 'code' (statements)");
  t.kind = has_call ? "call" : "code";
  if (has_call || has_code) t.code = ctx.string(node[t.kind], t.kind).value_or("");
}

void TestReader::read_sql_query(YamlContext& ctx, const YAML::Node& node, const Exercise& ex, TestCase& t) {
  SqlQuery q;
  if (auto f = ctx.require(node, "fixture", "a SQL test")) {
    q.fixture = ctx.string(*f, "fixture").value_or("");
    if (!q.fixture.empty() && !ex.fixtures.count(q.fixture))
      ctx.error(*f, "no fixture named '" + q.fixture + "': fixtures/" + q.fixture + ".sql or `fixtures:` in exercise.yaml");
  }
  q.query = ex.queries.size() == 1 ? ex.queries.front() : "";
  if (node["query"]) {
    q.query = ctx.string(node["query"], "query").value_or("");
    if (std::find(ex.queries.begin(), ex.queries.end(), q.query) == ex.queries.end())
      ctx.error(node["query"], "'" + q.query + "' is not one of the exercise's queries");
  } else if (ex.queries.size() > 1) {
    ctx.error(node, "a SQL test of an exercise with several queries names its 'query'");
  }
  if (node["params"]) {
    q.params = value_from_yaml(ctx, node["params"]);
    if (q.params && q.params->kind != Value::Kind::Dict)
      ctx.error(node["params"], "params maps the statement's :name placeholders to values, e.g. {min_total: 100}");
  }
  if (node["check"]) q.check = ctx.string(node["check"], "check").value_or("");
  if (node["columns"]) q.columns = true;
  t.kind = "code";
  const auto fixture = ex.fixtures.find(q.fixture);
  t.code = sql_test_driver(q, fixture == ex.fixtures.end() ? "" : fixture->second, ex.queries, ex.solution_file());
  t.sql = q;
}

void TestReader::read_expectations(YamlContext& ctx, const YAML::Node& node, TestCase& t) {
  if (node["expect"]) {
    t.expect = value_from_yaml(ctx, node["expect"]);
    if (t.sql && t.expect) {  // the rows, then (with `columns`) the column names: a code test's list of observations
      std::vector<Value> observed{*t.expect};
      if (node["columns"])
        if (auto columns = value_from_yaml(ctx, node["columns"])) observed.push_back(*columns);
      t.expect = Value::sequence(Value::Kind::List, std::move(observed));
    } else if (t.expect && t.kind == "code" && t.expect->kind != Value::Kind::List) {
      ctx.error(node["expect"], "a 'code' test expects the list of its observations, e.g. [5] for one observe(5)");
    }
  }
  if (node["raises"]) {
    t.raises = ctx.string(node["raises"], "raises");
    if (t.raises && !lexical::is_dotted_identifier(*t.raises)) ctx.error(node["raises"], "raises must name an exception class, e.g. ValueError");
  }
  if (node["stdout"]) t.expected_stdout = ctx.string(node["stdout"], "stdout");
  if (!node["expect"] && !node["raises"] && !node["stdout"] && !node["sealed"])
    ctx.error(node, "a test needs at least one of 'expect', 'raises' or 'stdout'");
  if (node["raises"] && (node["expect"] || node["stdout"]))
    ctx.error(node["raises"], std::string("'raises' cannot be combined with '") + (node["expect"] ? "expect" : "stdout") +
                                  "': once the exception matches the test passes, so it would never be checked");
}

void TestReader::read_options(YamlContext& ctx, const YAML::Node& node, const Exercise& ex, bool example, TestCase& t) {
  if (node["compare"]) t.compare = comparator(ctx, node["compare"]);
  if (node["tolerance"]) tolerance(ctx, node["tolerance"], t);
  if (node["limits"]) t.limits = limits(ctx, node["limits"], ex.limits);
  if (node["visible"]) {
    if (example) ctx.error(node["visible"], "examples are always visible; 'visible' belongs in tests.yaml");
    else t.visible = ctx.boolean(node["visible"], "visible").value_or(false);
  }
  if (node["weight"]) {
    auto w = ctx.number(node["weight"], "weight");
    if (w && *w <= 0) ctx.error(node["weight"], "weight must be positive");
    else if (w) t.weight = *w;
  }
}

// A hidden test of a sealed catalog: digests instead of 'expect' and 'stdout'.
SealedExpectation TestReader::read_sealed(YamlContext& ctx, const YAML::Node& test, const TestCase& t) {
  SealedExpectation out;
  const auto& node = test["sealed"];
  for (const char* key : {"expect", "stdout", "raises"})
    if (test[key]) ctx.error(test[key], std::string("a sealed test has digests instead of '") + key + "'");
  if (t.visible) ctx.error(node, "only hidden tests are sealed: a visible test shows its expected values anyway");
  if (t.compare == Comparator::Approx) ctx.error(node, "approx tests are never sealed: their expected values stay plain");
  if (!ctx.expect_map(node, "sealed")) return out;
  ctx.check_keys(node, {"salt", "expect", "stdout"}, "sealed");
  if (auto n = ctx.require(node, "salt", "sealed")) out.salt = hex(ctx, *n, "sealed.salt", is_salt, "32 hex digits");
  if (node["expect"] && ctx.expect_sequence(node["expect"], "sealed.expect (a list of digests)")) {
    out.observations.emplace();
    for (const auto& item : node["expect"]) out.observations->push_back(hex(ctx, item, "sealed.expect", is_digest, "64 hex digits"));
    if (t.kind == "call" && out.observations->size() != 1) ctx.error(node["expect"], "a sealed call test has one digest");
  }
  if (node["stdout"]) out.stdout_digest = hex(ctx, node["stdout"], "sealed.stdout", is_digest, "64 hex digits");
  if (!node["expect"] && !node["stdout"]) ctx.error(node, "sealed needs 'expect' or 'stdout' digests");
  return out;
}

}  // namespace pyjudge
