#include "judge/install/seal.hpp"

#include <unistd.h>

#include <fstream>
#include <sstream>

#include "judge/errors.hpp"
#include "judge/install/tests_yaml.hpp"
#include "judge/report/files.hpp"
#include "judge/spec/catalog.hpp"
#include "judge/spec/loader.hpp"
#include "judge/spec/sealed_value.hpp"

namespace pyjudge {
namespace fs = std::filesystem;

namespace {

// What `seal` appends to exercise.yaml (docs/spec-format.md).
constexpr const char* kSealedMarker =
    "# A learners' copy written by `pyjudge seal`: hidden tests carry digests, not expected values.\nsealed: true\n";

bool sealable(const TestCase& t) {
  return !t.visible && t.compare != Comparator::Approx && (t.expect || t.expected_stdout);
}

std::string digest_of(const Value& expected, const TestCase& t, const std::string& salt) {
  const auto digest = observation_digest(expected, t.compare, salt);
  if (!digest)
    throw UsageError(t.origin + ": test '" + t.name + "' can never pass: compare: unordered and set need a list, tuple, set or frozenset");
  return *digest;
}

SealedExpectation seal_test(const TestCase& t, const std::string& salt) {
  SealedExpectation sealed{salt, std::nullopt, std::nullopt};
  if (t.expect) {
    sealed.observations.emplace();
    if (t.kind == "call") sealed.observations->push_back(digest_of(*t.expect, t, salt));
    else
      for (const auto& item : t.expect->items) sealed.observations->push_back(digest_of(item, t, salt));
  }
  if (t.expected_stdout) sealed.stdout_digest = stdout_digest(*t.expected_stdout, salt);
  return sealed;
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  if (!in) throw UsageError("cannot read " + path.string());
  return text.str();
}

void count(SealCounts& counts, const Exercise& plain) {
  ++counts.exercises;
  for (const auto& t : plain.tests) {
    if (t.visible) ++counts.visible;
    else if (sealable(t)) ++counts.sealed;
    else if (t.compare == Comparator::Approx) ++counts.plain_approx;
    else ++counts.plain_raises;
  }
}

void write_sealed_exercise(const Exercise& plain, const fs::path& dir) {
  fs::create_directories(dir);
  std::string spec = read_file(plain.dir / "exercise.yaml");
  if (!spec.empty() && spec.back() != '\n') spec += '\n';
  write_text_file(dir / "exercise.yaml", spec + kSealedMarker);
  if (fs::exists(plain.dir / "tests.yaml")) write_text_file(dir / "tests.yaml", tests_yaml(sealed_copy(plain, new_salt())));
}

// The copy as the loader reads it; a copy that does not load is seal's bug.
Exercise reload(const fs::path& dir) {
  try {
    return load_exercise(dir);
  } catch (const SpecError& e) {
    throw std::runtime_error("the sealed copy of " + dir.filename().string() + " does not load:\n" + e.what());
  }
}

bool same_value(const std::optional<Value>& a, const std::optional<Value>& b) {
  return a.has_value() == b.has_value() && (!a || (a->kind == b->kind && repr(*a) == repr(*b) && values_equal(*a, *b)));
}

// The sealed copy holds the plain exercise's tests: same code, names, limits
// and plain expectations, and digests that accept exactly the expected values.
std::string difference(const Exercise& plain, const Exercise& copy) {
  if (!copy.sealed) return "exercise.yaml does not say sealed: true";
  if (copy.tests.size() != plain.tests.size()) return "it has " + std::to_string(copy.tests.size()) + " tests instead of " + std::to_string(plain.tests.size());
  for (std::size_t i = 0; i < plain.tests.size(); ++i) {
    const TestCase &p = plain.tests[i], &c = copy.tests[i];
    const bool same = p.name == c.name && p.title.ru == c.title.ru && p.kind == c.kind && p.code == c.code && p.raises == c.raises &&
                      p.compare == c.compare && p.rel_tolerance == c.rel_tolerance && p.abs_tolerance == c.abs_tolerance &&
                      p.limits == c.limits && p.visible == c.visible && p.weight == c.weight;
    bool expectations = !sealable(p) && same_value(p.expect, c.expect) && p.expected_stdout == c.expected_stdout;
    if (c.sealed) {
      const auto expected = seal_test(p, c.sealed->salt);
      expectations = sealable(p) && c.sealed->observations == expected.observations && c.sealed->stdout_digest == expected.stdout_digest;
    }
    if (!same || !expectations) return "test '" + p.name + "' reads back differently";
  }
  return "";
}

// An empty folder to write into next to `out`, renamed to it once complete.
fs::path staging_dir(const fs::path& out) {
  std::error_code ec;
  if (fs::exists(out, ec) && !(fs::is_directory(out, ec) && fs::is_empty(out, ec)))
    throw UsageError(out.string() + " exists and is not an empty folder: seal writes a new catalog");
  const fs::path parent = fs::absolute(out).parent_path();
  if (!fs::is_directory(parent, ec)) throw UsageError("no such folder: " + parent.string());
  auto staging = parent / (".pyjudge-seal-" + std::to_string(::getpid()));
  fs::remove_all(staging, ec);
  fs::create_directory(staging);
  return staging;
}

}  // namespace

Exercise sealed_copy(const Exercise& exercise, const std::string& salt) {
  Exercise copy = exercise;
  copy.sealed = true;
  for (auto& t : copy.tests) {
    if (!sealable(t)) continue;
    t.sealed = seal_test(t, salt);
    t.expect.reset();
    t.expected_stdout.reset();
  }
  return copy;
}

SealCounts seal_catalog(const fs::path& catalog, const fs::path& out) {
  std::vector<Exercise> plain;
  std::vector<Diagnostic> errors;
  for (const auto& slug : catalog_slugs(catalog)) {
    plain.push_back(read_exercise(catalog / slug, errors));
    if (plain.back().sealed) throw UsageError(slug + " is sealed already: seal the authors' catalog it came from");
  }
  if (!errors.empty()) throw SpecError(std::move(errors));
  if (plain.empty()) throw UsageError("no exercises in " + catalog.string());

  const fs::path staging = staging_dir(out);
  SealCounts counts;
  try {
    for (const auto& ex : plain) {
      write_sealed_exercise(ex, staging / ex.slug);
      const auto problem = difference(ex, reload(staging / ex.slug));
      if (!problem.empty()) throw std::runtime_error("the sealed copy of " + ex.slug + " is wrong: " + problem);
      count(counts, ex);
    }
    fs::rename(staging, out);
  } catch (...) {
    std::error_code ec;
    fs::remove_all(staging, ec);
    throw;
  }
  return counts;
}

}  // namespace pyjudge
