#include "judge/batch/fingerprint.hpp"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include "judge/text/sha256.hpp"

namespace pyjudge {
namespace fs = std::filesystem;

namespace {

bool graded_from_this_folder(const fs::path& relative) {
  const std::string first = relative.begin()->string();
  return first != "wrong" && !(std::distance(relative.begin(), relative.end()) == 1 && relative.stem() == "solution");
}

std::string file_text(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// NUL separates fields: no name holds one.
void field(Sha256& hash, std::string_view text) { hash.update(text).update(std::string_view("\0", 1)); }

}  // namespace

std::string exercise_hash(const fs::path& dir) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    if (it->is_regular_file() && graded_from_this_folder(it->path().lexically_relative(dir))) files.push_back(it->path());
  std::sort(files.begin(), files.end());
  Sha256 hash;
  for (const auto& file : files) {
    field(hash, file.lexically_relative(dir).generic_string());
    field(hash, sha256_hex(file_text(file)));
  }
  return hash.hex();
}

std::string batch_fingerprint(const std::vector<PlannedSubmission>& whole, const fs::path& catalog) {
  Sha256 hash;
  field(hash, "pyjudge batch 1");
  std::set<std::string> exercises;
  for (const auto& p : whole) {
    const BatchEntry& e = p.entry;
    for (const std::string* text : {&e.submitter, &e.exercise, &e.path, &e.error, &p.content_sha256}) field(hash, *text);
    if (e.graded()) exercises.insert(e.exercise);
  }
  for (const auto& slug : exercises) {
    field(hash, slug);
    field(hash, exercise_hash(catalog / slug));
  }
  return hash.hex();
}

}  // namespace pyjudge
