// Finding exercises: by slug in a catalog folder, or by path.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace pyjudge {

// --exercises, else $PYJUDGE_EXERCISES, else the installed catalog, else the
// source tree's (judge/install/layout.hpp).
std::filesystem::path catalog_dir(const std::string& option);
// The exercise folders' names, sorted. Throws UsageError naming the catalog
// when it is not a folder.
std::vector<std::string> catalog_slugs(const std::filesystem::path& catalog);
// A folder holding exercise.yaml, or a slug of the catalog. Throws UsageError
// listing close matches when neither exists.
std::filesystem::path resolve_exercise(const std::string& name_or_path, const std::filesystem::path& catalog);
// The exercise folders a list of arguments means: each an exercise folder, a
// folder of exercises or a slug of the catalog; no arguments: the whole catalog.
std::vector<std::filesystem::path> expand_exercises(const std::vector<std::string>& names, const std::filesystem::path& catalog);

}  // namespace pyjudge
