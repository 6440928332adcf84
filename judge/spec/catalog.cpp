#include "judge/spec/catalog.hpp"

#include <algorithm>

#include "judge/errors.hpp"
#include "judge/install/layout.hpp"
#include "judge/text/close_matches.hpp"

namespace pyjudge {
namespace fs = std::filesystem;

fs::path catalog_dir(const std::string& option) { return locate_catalog(option).path; }

std::vector<std::string> catalog_slugs(const fs::path& catalog) {
  std::error_code ec;
  if (!fs::is_directory(catalog, ec))
    throw UsageError("no exercise catalog at " + catalog.string() +
                     ": no such folder (name one with --exercises DIR or $PYJUDGE_EXERCISES)");
  std::vector<std::string> slugs;
  for (const auto& entry : fs::directory_iterator(catalog, ec))
    if (entry.is_directory() && fs::exists(entry.path() / "exercise.yaml")) slugs.push_back(entry.path().filename().string());
  std::sort(slugs.begin(), slugs.end());
  return slugs;
}

fs::path resolve_exercise(const std::string& name, const fs::path& catalog) {
  const fs::path as_path(name);
  if (fs::is_directory(as_path) && fs::exists(as_path / "exercise.yaml")) return as_path;
  const auto slugs = catalog_slugs(catalog);
  if (std::find(slugs.begin(), slugs.end(), name) != slugs.end()) return catalog / name;
  std::string message = "no exercise named '" + name + "' in " + catalog.string();
  const auto near = close_matches(name, slugs);
  if (!near.empty()) {
    message += "; did you mean: ";
    for (std::size_t i = 0; i < near.size(); ++i) message += (i ? ", " : "") + near[i];
    message += "?";
  } else if (!slugs.empty()) {
    message += " (`pyjudge list` shows them all)";
  }
  throw UsageError(message);
}

std::vector<fs::path> expand_exercises(const std::vector<std::string>& names, const fs::path& catalog) {
  std::vector<fs::path> dirs;
  auto add_catalog = [&](const fs::path& folder) {
    for (const auto& slug : catalog_slugs(folder)) dirs.push_back(folder / slug);
  };
  if (names.empty()) add_catalog(catalog);
  for (const auto& name : names) {
    const fs::path as_path(name);
    if (fs::is_directory(as_path) && !fs::exists(as_path / "exercise.yaml") && !catalog_slugs(as_path).empty()) add_catalog(as_path);
    else dirs.push_back(resolve_exercise(name, catalog));
  }
  return dirs;
}

}  // namespace pyjudge
