#include "judge/spec/loader.hpp"

#include <map>

#include "judge/spec/lexical.hpp"
#include "judge/spec/yaml_context.hpp"
#include "judge/spec/yaml_value.hpp"

namespace pyjudge {
namespace {

namespace fs = std::filesystem;

const std::vector<std::string> kExerciseKeys = {"title", "difficulty", "topics", "module", "entry_points", "statement",
                                                "starter", "hints", "limits", "rules", "examples"};
const std::vector<std::string> kTestKeys = {"name", "call", "code", "expect", "raises", "stdout", "compare",
                                            "tolerance", "limits", "visible", "weight"};
const std::vector<std::string> kLimitKeys = {"cpu_ms", "wall_ms", "memory_mb", "output_kb"};
const std::vector<std::string> kRuleKeys = {"forbid_imports", "forbid_names", "require_generator", "require_class",
                                            "max_source_bytes"};
const std::vector<std::string> kLanguages = {"en", "ru"};

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
    return ex;
  }

 private:
  void read_exercise_file(Exercise& ex) {
    YamlContext ctx((dir_ / "exercise.yaml").string(), sink_);
    auto root = ctx.load((dir_ / "exercise.yaml").string());
    if (!root || !ctx.expect_map(*root, "exercise.yaml")) return;
    const auto& r = *root;
    ctx.check_keys(r, kExerciseKeys, "exercise.yaml");
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
    if (auto n = ctx.require(r, "entry_points", "exercise.yaml")) {
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
    if (r["limits"]) ex.limits = limits(ctx, r["limits"], Limits{});
    if (r["rules"]) ex.rules = rules(ctx, r["rules"]);
    if (r["examples"] && ctx.expect_sequence(r["examples"], "examples"))
      for (const auto& t : r["examples"]) read_test(ctx, t, ex, true);
  }

  void read_tests_file(Exercise& ex) {
    const auto path = dir_ / "tests.yaml";
    if (!fs::exists(path)) return;  // a published practice pack has no hidden tests
    YamlContext ctx(path.string(), sink_);
    auto root = ctx.load(path.string());
    if (!root) return;
    if (root->IsNull()) return;
    if (!ctx.expect_sequence(*root, "tests.yaml (a list of tests)")) return;
    ex.has_hidden_tests = root->size() > 0;
    for (const auto& t : *root) read_test(ctx, t, ex, false);
  }

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

  void read_test(YamlContext& ctx, const YAML::Node& node, Exercise& ex, bool example) {
    if (!ctx.expect_map(node, "a test")) return;
    ctx.check_keys(node, kTestKeys, "a test");
    TestCase t;
    t.origin = ctx.where(node);
    t.visible = example;
    t.limits = ex.limits;
    if (auto n = ctx.require(node, "name", "a test")) {
      // A plain string, or {en, ru} so that `show --lang ru` titles an example in Russian.
      t.title = n->IsMap() ? localized(ctx, *n, "name") : Localized{ctx.string(*n, "name").value_or(""), ""};
      t.name = t.title.en;
      if (!t.name.empty() && !test_names_.emplace(t.name, t.origin).second)
        ctx.error(*n, "two tests are named '" + t.name + "' (the first at " + test_names_[t.name] + ")");
    }
    const bool has_call = bool(node["call"]), has_code = bool(node["code"]);
    if (has_call == has_code) ctx.error(node, "a test needs exactly one of 'call' (an expression) or 'code' (statements)");
    t.kind = has_call ? "call" : "code";
    if (has_call || has_code) t.code = ctx.string(node[t.kind], t.kind).value_or("");
    if (node["expect"]) {
      t.expect = value_from_yaml(ctx, node["expect"]);
      if (t.expect && t.kind == "code" && t.expect->kind != Value::Kind::List)
        ctx.error(node["expect"], "a 'code' test expects the list of its observations, e.g. [5] for one observe(5)");
    }
    if (node["raises"]) {
      t.raises = ctx.string(node["raises"], "raises");
      if (t.raises && !lexical::is_dotted_identifier(*t.raises)) ctx.error(node["raises"], "raises must name an exception class, e.g. ValueError");
    }
    if (node["stdout"]) t.expected_stdout = ctx.string(node["stdout"], "stdout");
    if (!node["expect"] && !node["raises"] && !node["stdout"])
      ctx.error(node, "a test needs at least one of 'expect', 'raises' or 'stdout'");
    if (node["raises"] && (node["expect"] || node["stdout"]))
      ctx.error(node["raises"], std::string("'raises' cannot be combined with '") + (node["expect"] ? "expect" : "stdout") +
                                    "': once the exception matches the test passes, so it would never be checked");
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
    ex.tests.push_back(std::move(t));
  }

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

  fs::path dir_;
  std::vector<Diagnostic>& sink_;
  std::map<std::string, std::string> test_names_;  // name -> "file:line:column" of its first test
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
