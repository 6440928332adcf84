// `pyjudge new`: the files of a fresh exercise. The result validates, but its
// placeholder tests fail until the author fills them in: the reference
// solution raises NotImplementedError and the placeholder expectations are
// "TODO" strings no real solution returns.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace pyjudge {

// The Python module name for a slug: dashes become underscores; a leading
// digit gets "ex_" in front ("2-sum" -> "ex_2_sum"), a keyword "_" after it.
std::string module_name_for(const std::string& slug);

// `path` relative to the current folder when it lies below it, else as given:
// what `new` prints and writes into the placeholder solution.
std::filesystem::path display_path(const std::filesystem::path& path);

// How commands name the exercise at parent/slug: its slug when it is in the
// catalog, else its path (display_path, with "./" in front when it would
// otherwise read as a slug).
std::string exercise_reference(const std::filesystem::path& parent, const std::string& slug, bool in_catalog);

// Creates parent/slug with exercise.yaml, tests.yaml, solution.py and
// wrong/returns_none.py; returns the files written. exercise.yaml's comment
// names the exercise as `reference` in the commands to run. Throws
// UsageError for an invalid slug or when parent/slug already exists (nothing
// is overwritten).
std::vector<std::filesystem::path> scaffold_exercise(const std::filesystem::path& parent, const std::string& slug,
                                                     const std::string& reference);

}  // namespace pyjudge
