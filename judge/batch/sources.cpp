#include "judge/batch/sources.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "judge/text/csv.hpp"
#include "judge/errors.hpp"
#include "judge/spec/yaml/context.hpp"

namespace pyjudge {
namespace fs = std::filesystem;

namespace {

bool hidden(const fs::path& p) { return p.filename().string().rfind('.', 0) == 0; }

PlannedSubmission planned(std::string submitter, std::string exercise, std::string path, fs::path file) {
  PlannedSubmission p;
  p.entry.submitter = std::move(submitter);
  p.entry.exercise = std::move(exercise);
  p.entry.path = std::move(path);
  p.file = std::move(file);
  return p;
}

// A link could point at a secret of the grading machine, whose text would then
// come back in tracebacks: links are reported, never followed.
void refuse_links(PlannedSubmission& p) {
  std::error_code ec;
  if (p.entry.error.empty() && fs::is_symlink(fs::symlink_status(p.file, ec)))
    p.entry.error = "is a symbolic link; pyjudge does not follow links in submissions";
}

PlannedSubmission from_dir_file(const fs::path& dir, const fs::path& file) {
  const fs::path relative = file.lexically_relative(dir);
  const auto depth = std::distance(relative.begin(), relative.end());
  const std::string submitter = depth >= 2 ? relative.begin()->string() : "";
  auto p = planned(submitter, file.stem().string(), relative.generic_string(), file);
  if (depth == 1) p.entry.error = "not inside a submitter folder (the layout is SUBMITTER/SLUG.py)";
  else if (depth > 2) p.entry.error = "nested too deep (the layout is SUBMITTER/SLUG.py)";
  return p;
}

// SUBMITTER/SLUG.py that is a folder: reported, never dropped (what it holds
// is reported too, as nested too deep).
PlannedSubmission folder_named_like_a_file(const fs::path& dir, const fs::path& folder) {
  PlannedSubmission p = from_dir_file(dir, folder);
  if (p.entry.error.empty()) p.entry.error = "is a folder, not a file (the layout is SUBMITTER/SLUG.py)";
  return p;
}

std::string read_text(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw UsageError("cannot read the manifest " + file.string());
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

[[noreturn]] void manifest_error(const fs::path& file, int line, const std::string& message) {
  throw SpecError({Diagnostic{file.string(), line, line ? 1 : 0, message}});
}

std::vector<PlannedSubmission> read_csv_manifest(const fs::path& file) {
  const auto records = [&] {
    try {
      return parse_csv(read_text(file));
    } catch (const std::runtime_error& e) {
      manifest_error(file, 0, e.what());
    }
  }();
  if (records.empty()) manifest_error(file, 0, "empty manifest: the first line must name the columns submitter, exercise, path");
  std::vector<std::size_t> column;
  for (const std::string name : {"submitter", "exercise", "path"}) {
    const auto& header = records[0].fields;
    const auto it = std::find(header.begin(), header.end(), name);
    if (it == header.end()) manifest_error(file, records[0].line, "the header has no '" + name + "' column");
    column.push_back(static_cast<std::size_t>(it - header.begin()));
  }
  std::vector<PlannedSubmission> out;
  for (std::size_t r = 1; r < records.size(); ++r) {
    std::vector<std::string> value;
    for (const auto c : column) {
      if (c >= records[r].fields.size() || records[r].fields[c].empty())
        manifest_error(file, records[r].line, "every row needs a submitter, an exercise and a path");
      value.push_back(records[r].fields[c]);
    }
    out.push_back(planned(value[0], value[1], value[2], file.parent_path() / value[2]));
  }
  return out;
}

std::vector<PlannedSubmission> read_yaml_manifest(const fs::path& file) {
  std::vector<Diagnostic> problems;
  YamlContext yaml(file.string(), problems);
  std::vector<PlannedSubmission> out;
  const auto root = yaml.load(file.string());
  if (root && yaml.expect_sequence(*root, "the manifest")) {
    for (const auto& item : *root) {
      if (!yaml.expect_map(item, "a submission")) continue;
      yaml.check_keys(item, {"submitter", "exercise", "path"}, "a submission");
      std::vector<std::string> value;
      for (const std::string key : {"submitter", "exercise", "path"}) {
        const auto node = yaml.require(item, key, "a submission");
        const auto text = node ? yaml.string(*node, key) : std::nullopt;
        if (text && text->empty()) yaml.error(*node, key + " must not be empty");
        value.push_back(text.value_or(""));
      }
      out.push_back(planned(value[0], value[1], value[2], file.parent_path() / value[2]));
    }
  }
  if (!problems.empty()) throw SpecError(problems);
  return out;
}

}  // namespace

std::vector<PlannedSubmission> scan_submissions_dir(const fs::path& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) throw UsageError("no submissions folder " + dir.string());
  std::vector<PlannedSubmission> out;
  fs::recursive_directory_iterator it(dir, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    std::error_code kind_ec;  // a dangling link has no kind: it is still reported below
    const bool is_dir = it->is_directory(kind_ec);
    if (hidden(it->path())) {  // .git, editor files
      if (is_dir) it.disable_recursion_pending();
      continue;
    }
    const auto extension = it->path().extension();
    if (extension != ".py" && extension != ".sql") continue;
    if (!is_dir) out.push_back(from_dir_file(dir, it->path()));
    else if (it.depth() >= 1) out.push_back(folder_named_like_a_file(dir, it->path()));  // SUBMITTER/SLUG.py/
  }
  if (ec) throw UsageError("cannot read the submissions folder " + dir.string() + ": " + ec.message());
  for (auto& p : out) refuse_links(p);
  return out;
}

std::vector<PlannedSubmission> read_manifest(const fs::path& manifest) {
  const auto ext = manifest.extension();
  std::vector<PlannedSubmission> out;
  if (ext == ".csv") out = read_csv_manifest(manifest);
  else if (ext == ".yaml" || ext == ".yml") out = read_yaml_manifest(manifest);
  else throw UsageError("a manifest is a .csv or .yaml file; got " + manifest.string());
  for (auto& p : out) refuse_links(p);
  return out;
}

}  // namespace pyjudge
