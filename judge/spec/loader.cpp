#include "judge/spec/loader.hpp"

#include "judge/spec/kind_files.hpp"
#include "judge/spec/lexical.hpp"
#include "judge/spec/test_reader.hpp"
#include "judge/spec/yaml/context.hpp"
#include "judge/spec/yaml/fields.hpp"

namespace pyjudge {
namespace {

namespace fs = std::filesystem;

const std::vector<std::string> kExerciseKeys = {"title",  "difficulty", "topics", "module", "entry_points", "statement",
                                                "starter", "hints",     "limits", "rules",  "examples",     "kind",
                                                "queries", "fixtures",  "implementation", "sealed",  "points"};

class ExerciseReader {
 public:
  ExerciseReader(const fs::path& dir, std::vector<Diagnostic>& sink) : dir_(dir), sink_(sink) {}

  Exercise read() {
    Exercise ex;
    ex.dir = dir_;
    ex.slug = dir_.filename().string();
    if (ex.slug.empty()) ex.slug = dir_.parent_path().filename().string();
    read_exercise_file(ex);
    read_tests_file(ex);
    if (ex.kind == ExerciseKind::Tests) make_mutation_tests(dir_, ex, sink_);
    return ex;
  }

 private:
  void read_exercise_file(Exercise& ex) {
    YamlContext ctx((dir_ / "exercise.yaml").string(), sink_);
    auto root = ctx.load((dir_ / "exercise.yaml").string());
    if (!root || !ctx.expect_map(*root, "exercise.yaml")) return;
    const auto& r = *root;
    ctx.check_keys(r, kExerciseKeys, "exercise.yaml");
    if (r["kind"]) ex.kind = kind(ctx, r["kind"]);
    if (auto n = ctx.require(r, "title", "exercise.yaml")) ex.title = localized(ctx, *n, "title");
    if (auto n = ctx.require(r, "statement", "exercise.yaml")) ex.statement = localized(ctx, *n, "statement");
    if (auto n = ctx.require(r, "difficulty", "exercise.yaml")) {
      auto d = ctx.string(*n, "difficulty");
      if (d && *d != "easy" && *d != "medium" && *d != "hard") ctx.error(*n, "difficulty must be easy, medium or hard");
      else if (d) ex.difficulty = *d;
    }
    if (auto n = ctx.require(r, "topics", "exercise.yaml")) {
      if (auto t = ctx.strings(*n, "topics")) {
        if (t->empty()) ctx.error(*n, "topics must name at least one topic");
        ex.topics = *t;
      }
    }
    if (auto n = ctx.require(r, "module", "exercise.yaml")) {
      auto m = ctx.string(*n, "module");
      if (m && !lexical::is_identifier(*m)) ctx.error(*n, "module must be a Python identifier, e.g. find_duplicates");
      else if (m) ex.module = *m;
    }
    // A Python exercise names what the learner's module must define; the other kinds may not.
    if (auto n = ex.kind == ExerciseKind::Python ? ctx.require(r, "entry_points", "exercise.yaml")
                                                 : std::optional<YAML::Node>(r["entry_points"] ? r["entry_points"] : YAML::Node())) {
      if (n->IsDefined() && !n->IsNull())
        if (auto e = ctx.strings(*n, "entry_points")) {
          for (const auto& name : *e)
            if (!lexical::is_identifier(name)) ctx.error(*n, "entry point '" + name + "' is not a Python identifier");
          ex.entry_points = *e;
        }
    }
    if (auto n = ctx.require(r, "starter", "exercise.yaml"))
      if (auto s = ctx.string(*n, "starter")) ex.starter = *s;
    if (r["hints"] && ctx.expect_sequence(r["hints"], "hints"))
      for (const auto& h : r["hints"]) ex.hints.push_back(localized(ctx, h, "a hint"));
    if (r["points"]) ex.points = points(ctx, r["points"]);
    if (r["limits"]) ex.limits = limits(ctx, r["limits"], Limits{});
    if (r["rules"]) ex.rules = rules(ctx, r["rules"]);
    read_kind_keys(ctx, r, ex);
    if (r["sealed"]) ex.sealed = ctx.boolean(r["sealed"], "sealed").value_or(false);
    if (r["examples"] && ctx.expect_sequence(r["examples"], "examples")) {
      if (ex.kind == ExerciseKind::Tests) ctx.error(r["examples"], "a write-the-tests exercise has no examples: its tests are made from implementation.py and mutants/");
      else
        for (const auto& t : r["examples"]) tests_.read(ctx, t, ex, true);
    }
    ex.examples = ex.tests.size();
  }

  double points(YamlContext& ctx, const YAML::Node& node) {
    const auto p = ctx.number(node, "points");
    if (p && *p > 0) return *p;
    if (p) ctx.error(node, "points must be a positive number");
    return 1.0;
  }

  ExerciseKind kind(YamlContext& ctx, const YAML::Node& node) {
    const auto name = ctx.string(node, "kind").value_or("python");
    if (name == "sql") return ExerciseKind::Sql;
    if (name == "tests") return ExerciseKind::Tests;
    if (name != "python") ctx.error(node, "kind must be python, sql or tests");
    return ExerciseKind::Python;
  }

  // The keys only one kind has: a SQL exercise's queries and fixtures, a
  // write-the-tests exercise's implementation.
  void read_kind_keys(YamlContext& ctx, const YAML::Node& r, Exercise& ex) {
    const bool sql = ex.kind == ExerciseKind::Sql, tests = ex.kind == ExerciseKind::Tests;
    for (const char* key : {"queries", "fixtures"})
      if (r[key] && !sql) ctx.error(r[key], std::string("'") + key + "' belongs to a SQL exercise (kind: sql)");
    if (r["implementation"] && !tests) ctx.error(r["implementation"], "'implementation' belongs to a write-the-tests exercise (kind: tests)");
    if (sql) read_sql_keys(ctx, r, ex);
    if (tests)
      if (auto n = ctx.require(r, "implementation", "exercise.yaml")) {
        ex.implementation = ctx.string(*n, "implementation").value_or("");
        if (!lexical::is_identifier(ex.implementation)) ctx.error(*n, "implementation must be a Python module name, e.g. slugify");
      }
  }

  void read_sql_keys(YamlContext& ctx, const YAML::Node& r, Exercise& ex) {
    ex.queries = {ex.module};
    if (r["queries"])
      if (auto q = ctx.strings(r["queries"], "queries")) {
        if (q->empty()) ctx.error(r["queries"], "queries must name at least one query");
        for (const auto& name : *q)
          if (!lexical::is_identifier(name)) ctx.error(r["queries"], "query name '" + name + "' is not an identifier");
        ex.queries = *q;
      }
    if (r["fixtures"] && ctx.expect_map(r["fixtures"], "fixtures (a name: SQL mapping)"))
      for (const auto& f : r["fixtures"])
        ex.fixtures[f.first.as<std::string>()] = ctx.string(f.second, "a fixture").value_or("");
    read_fixture_files(dir_, ex, sink_);
  }

  void read_tests_file(Exercise& ex) {
    const auto path = dir_ / "tests.yaml";
    if (!fs::exists(path)) return;  // a published practice pack has no hidden tests
    YamlContext ctx(path.string(), sink_);
    auto root = ctx.load(path.string());
    if (!root) return;
    if (root->IsNull()) return;
    if (!ctx.expect_sequence(*root, "tests.yaml (a list of tests)")) return;
    if (ex.kind == ExerciseKind::Tests && root->size() > 0)
      return ctx.error(*root, "a write-the-tests exercise has no tests.yaml tests: its tests are made from implementation.py and mutants/");
    ex.has_hidden_tests = root->size() > 0;
    for (const auto& t : *root) tests_.read(ctx, t, ex, false);
  }

  fs::path dir_;
  std::vector<Diagnostic>& sink_;
  TestReader tests_;
};

}  // namespace

std::vector<Diagnostic> validate_exercise(const fs::path& dir) {
  std::vector<Diagnostic> diagnostics;
  ExerciseReader(dir, diagnostics).read();
  return diagnostics;
}

Exercise read_exercise(const fs::path& dir, std::vector<Diagnostic>& diagnostics) {
  return ExerciseReader(dir, diagnostics).read();
}

Exercise load_exercise(const fs::path& dir) {
  std::vector<Diagnostic> diagnostics;
  Exercise ex = ExerciseReader(dir, diagnostics).read();
  if (!diagnostics.empty()) throw SpecError(std::move(diagnostics));
  return ex;
}

}  // namespace pyjudge
