// Where `pyjudge grade` finds submissions: a folder laid out
// SUBMITTER/SLUG.py, or a manifest (CSV or YAML) of submitter, exercise, path.
// See docs/grade.md for the exact rules.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "judge/batch/records.hpp"

namespace pyjudge {

struct PlannedSubmission {
  BatchEntry entry;            // submitter, exercise as named, path as reported, error if any
  std::filesystem::path file;  // where to read the source
  std::string source;          // its bytes once read, for the submissions this run grades
  std::string content_sha256;  // of its bytes once read, for the batch fingerprint
};

// Every .py file below `dir`: SUBMITTER/NAME.py is a submission; a .py file
// anywhere else, or a symbolic link, becomes an entry with an error.
// Throws UsageError when `dir` is not a folder.
std::vector<PlannedSubmission> scan_submissions_dir(const std::filesystem::path& dir);
// A .csv (header naming submitter, exercise, path) or .yaml/.yml (a list of
// mappings with those keys) manifest; paths are relative to its folder.
// Throws SpecError naming file:line for a malformed manifest.
std::vector<PlannedSubmission> read_manifest(const std::filesystem::path& manifest);

}  // namespace pyjudge
