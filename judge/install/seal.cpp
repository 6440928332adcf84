#include "judge/install/seal.hpp"

#include <unistd.h>

#include <fstream>
#include <sstream>

#include "judge/errors.hpp"
#include "judge/install/sealed_exercise.hpp"
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

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  if (!in) throw UsageError("cannot read " + path.string());
  return text.str();
}

// The files with `extension` in `folder` of the exercise, copied as they are.
void copy_files(const fs::path& from, const fs::path& to, const fs::path& folder, const std::string& extension) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(from / folder, ec)) {
    if (!entry.is_regular_file() || entry.path().extension() != extension) continue;
    fs::create_directories(to / folder);
    fs::copy_file(entry.path(), to / folder / entry.path().filename());
  }
}

// What an exercise of another kind needs besides its YAML to run.
void copy_kind_files(const Exercise& plain, const fs::path& dir) {
  if (plain.kind == ExerciseKind::Sql) copy_files(plain.dir, dir, "fixtures", ".sql");
  if (plain.kind == ExerciseKind::Tests) {
    fs::copy_file(plain.dir / "implementation.py", dir / "implementation.py");
    copy_files(plain.dir, dir, "mutants", ".py");
  }
}

void write_sealed_exercise(const Exercise& plain, const fs::path& dir) {
  fs::create_directories(dir);
  std::string spec = read_file(plain.dir / "exercise.yaml");
  if (!spec.empty() && spec.back() != '\n') spec += '\n';
  write_text_file(dir / "exercise.yaml", spec + kSealedMarker);
  // A write-the-tests exercise has no tests.yaml tests: its tests come from its files.
  if (plain.kind != ExerciseKind::Tests && fs::exists(plain.dir / "tests.yaml"))
    write_text_file(dir / "tests.yaml", tests_yaml(sealed_copy(plain, new_salt())));
  copy_kind_files(plain, dir);
}

// The copy as the loader reads it; a copy that does not load is seal's bug.
Exercise reload(const fs::path& dir) {
  try {
    return load_exercise(dir);
  } catch (const SpecError& e) {
    throw std::runtime_error("the sealed copy of " + dir.filename().string() + " does not load:\n" + e.what());
  }
}

void count(SealCounts& counts, const Exercise& plain) {
  ++counts.exercises;
  for (std::size_t i = 0; i < plain.tests.size(); ++i) {
    const TestCase& t = plain.tests[i];
    if (plain.kind == ExerciseKind::Tests) counts.mutants += !t.visible;
    else if (t.visible) ++counts.visible;
    else if (sealable(plain, i)) ++counts.sealed;
    else if (t.compare == Comparator::Approx) ++counts.plain_approx;
    else ++counts.plain_raises;
  }
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

std::vector<Exercise> load_catalog(const fs::path& catalog) {
  std::vector<Exercise> plain;
  std::vector<Diagnostic> errors;
  for (const auto& slug : catalog_slugs(catalog)) {
    plain.push_back(read_exercise(catalog / slug, errors));
    if (plain.back().sealed) throw UsageError(slug + " is sealed already: seal the authors' catalog it came from");
  }
  if (!errors.empty()) throw SpecError(std::move(errors));
  if (plain.empty()) throw UsageError("no exercises in " + catalog.string());
  return plain;
}

}  // namespace

SealCounts seal_catalog(const fs::path& catalog, const fs::path& out) {
  const std::vector<Exercise> plain = load_catalog(catalog);
  const fs::path staging = staging_dir(out);
  SealCounts counts;
  try {
    for (const auto& ex : plain) {
      write_sealed_exercise(ex, staging / ex.slug);
      const auto problem = sealed_difference(ex, reload(staging / ex.slug));
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
