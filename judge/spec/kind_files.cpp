#include "judge/spec/kind_files.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "judge/kinds/mutation_tests.hpp"

namespace pyjudge {
namespace fs = std::filesystem;

namespace {

std::string read_text(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<fs::path> files_in(const fs::path& dir, const std::string& extension) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.is_regular_file() && entry.path().extension() == extension) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

void read_fixture_files(const fs::path& dir, Exercise& ex, std::vector<Diagnostic>& sink) {
  for (const auto& file : files_in(dir / "fixtures", ".sql")) {
    const std::string name = file.stem().string();
    if (!ex.fixtures.emplace(name, read_text(file)).second)
      sink.push_back({file.string(), 1, 1, "fixture '" + name + "' is also defined in exercise.yaml"});
  }
}

void make_mutation_tests(const fs::path& dir, Exercise& ex, std::vector<Diagnostic>& sink) {
  const fs::path implementation = dir / "implementation.py";
  if (!fs::is_regular_file(implementation))
    sink.push_back({(dir / "exercise.yaml").string(), 1, 1, "a write-the-tests exercise needs implementation.py, the correct implementation"});
  std::vector<Implementation> mutants;
  for (const auto& file : files_in(dir / "mutants", ".py")) mutants.push_back({file.stem().string(), read_text(file)});
  if (mutants.empty())
    sink.push_back({(dir / "exercise.yaml").string(), 1, 1, "a write-the-tests exercise needs mutants/*.py, at least one buggy implementation"});
  for (auto& t : mutation_tests(ex.implementation, {"the correct implementation", read_text(implementation)}, mutants, ex.limits)) {
    t.origin = (dir / "exercise.yaml").string() + ":1:1";
    ex.tests.push_back(std::move(t));
  }
  for (const auto& name : kIntrospectionNames)
    if (std::find(ex.rules.forbid_names.begin(), ex.rules.forbid_names.end(), name) == ex.rules.forbid_names.end())
      ex.rules.forbid_names.push_back(name);
}

}  // namespace pyjudge
