#include "judge/authoring/exercise_folder.hpp"
#include "judge/text/close_matches.hpp"

#include <algorithm>
#include <fstream>

#include "judge/spec/lexical.hpp"
#include "judge/spec/loader.hpp"

namespace pyjudge {
namespace fs = std::filesystem;

namespace {

// `# expect: wrong_answer` in Python, `-- expect: wrong_answer` in SQL.
std::string expect_prefix(const fs::path& file) { return file.extension() == ".sql" ? "-- expect:" : "# expect:"; }

std::vector<std::string> wrong_verdict_names() {
  std::vector<std::string> names;
  for (auto v : {Verdict::WrongAnswer, Verdict::RuntimeError, Verdict::TimeLimitExceeded, Verdict::MemoryLimitExceeded,
                 Verdict::OutputLimitExceeded, Verdict::SyntaxError, Verdict::RuleViolation, Verdict::SandboxViolation})
    names.push_back(verdict_name(v));
  return names;
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

}  // namespace

std::optional<Verdict> declared_verdict(const fs::path& file, std::vector<Diagnostic>& sink) {
  const std::string prefix = expect_prefix(file);
  std::ifstream in(file, std::ios::binary);
  std::string first;
  if (!in || !std::getline(in, first)) {
    sink.push_back({file.string(), 1, 1, "a known-wrong solution must start with `" + prefix + " <verdict>`, e.g. `" + prefix + " wrong_answer`"});
    return std::nullopt;
  }
  if (!first.empty() && first.back() == '\r') first.pop_back();
  if (first.rfind(prefix, 0) != 0) {
    sink.push_back({file.string(), 1, 1, "line 1 must be `" + prefix + " <verdict>` (one of " + joined(wrong_verdict_names()) + "), not '" + first + "'"});
    return std::nullopt;
  }
  std::size_t start = prefix.size();
  while (start < first.size() && first[start] == ' ') ++start;
  std::size_t end = first.size();
  while (end > start && (first[end - 1] == ' ' || first[end - 1] == '\t')) --end;
  const std::string word = first.substr(start, end - start);
  const int column = static_cast<int>(start) + 1;
  const auto names = wrong_verdict_names();
  if (word == "accepted" || word == "internal_error") {
    sink.push_back({file.string(), 1, column, "a known-wrong solution cannot expect " + word + " (one of " + joined(names) + ")"});
    return std::nullopt;
  }
  const auto verdict = parse_verdict(word);
  if (!verdict) {
    std::string message = "unknown verdict '" + word + "'";
    const auto near = close_matches(word, names, 1);
    message += near.empty() ? " (one of " + joined(names) + ")" : " (did you mean '" + near.front() + "'?)";
    sink.push_back({file.string(), 1, column, message});
  }
  return verdict;
}

ExerciseFolder read_exercise_folder(const fs::path& dir) {
  ExerciseFolder out;
  out.exercise = read_exercise(dir, out.diagnostics);
  const std::string anchor = (dir / "exercise.yaml").string();
  const bool spec_readable = fs::exists(dir / "exercise.yaml");
  auto normal = fs::absolute(dir).lexically_normal();
  if (normal.filename().empty()) normal = normal.parent_path();  // "exercises/x/"
  const auto name = normal.filename().string();
  if (spec_readable && !lexical::is_slug(name) && !name.empty())
    out.diagnostics.push_back({anchor, 1, 1, "the folder name '" + name + "' is not a valid slug (lower-case letters, digits and dashes)"});
  if (spec_readable && out.exercise.tests.empty())
    out.diagnostics.push_back({anchor, 1, 1, "the exercise has no tests: add `examples` here or a tests.yaml"});

  // A SQL exercise's reference and mistakes are .sql files; a write-the-tests
  // exercise's are files of tests (solution.py must kill every mutant).
  const std::string extension = out.exercise.kind == ExerciseKind::Sql ? ".sql" : ".py";
  out.solution = dir / ("solution" + extension);
  if (out.exercise.sealed) return out;  // a learners' copy has no reference and no wrong/ by design
  if (!fs::is_regular_file(out.solution))
    out.diagnostics.push_back({anchor, 1, 1, "missing " + out.solution.string() + ": every exercise needs a reference solution"});

  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir / "wrong", ec))
    if (entry.path().extension() == extension) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  for (const auto& file : files)
    if (auto verdict = declared_verdict(file, out.diagnostics)) out.wrong.push_back({file, *verdict});
  return out;
}

}  // namespace pyjudge
