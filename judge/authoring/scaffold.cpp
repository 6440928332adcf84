#include "judge/authoring/scaffold.hpp"

#include <fstream>

#include "judge/errors.hpp"
#include "judge/spec/lexical.hpp"

namespace pyjudge {
namespace fs = std::filesystem;

namespace {

std::string title_for(const std::string& slug) {
  std::string title = slug;
  for (auto& c : title)
    if (c == '-') c = ' ';
  if (!title.empty() && title[0] >= 'a' && title[0] <= 'z') title[0] = static_cast<char>(title[0] - 'a' + 'A');
  return title;
}

std::string exercise_yaml(const std::string& slug, const std::string& module, const std::string& reference) {
  return "# The exercise format is described in docs/spec-format.md. Replace every TODO,\n"
         "# then run `pyjudge validate " + reference + "` and `pyjudge verify " + reference + "`.\n"
         "title:\n"
         "  en: " + title_for(slug) + "\n"
         "  ru: \"TODO: название по-русски\"\n"
         "difficulty: easy                 # easy | medium | hard\n"
         "topics: [todo]\n"
         "module: " + module + "\n"
         "entry_points: [" + module + "]\n"
         "statement:\n"
         "  en: |\n"
         "    TODO: what `" + module + "` takes and returns, with an example.\n"
         "  ru: |\n"
         "    TODO: условие задачи по-русски.\n"
         "starter: |\n"
         "  def " + module + "(*args):\n"
         "      raise NotImplementedError\n"
         "hints:\n"
         "  - en: \"TODO: a first hint\"\n"
         "    ru: \"TODO: первая подсказка\"\n"
         "examples:                        # visible to the learner, with a diff\n"
         "  - name: \"TODO: a first example\"\n"
         "    call: " + module + "()\n"
         "    expect: \"TODO: the expected value\"\n";
}

std::string tests_yaml(const std::string& module) {
  return "# Hidden tests: the learner sees only their names and verdicts.\n"
         "- name: \"TODO: a first hidden test\"\n"
         "  call: " + module + "()\n"
         "  expect: \"TODO: the expected value\"\n";
}

std::string solution_py(const std::string& module, const fs::path& file) {
  return "def " + module + "(*args):\n"
         "    raise NotImplementedError(\"TODO: write the reference solution in " + file.string() + "\")\n";
}

std::string wrong_py(const std::string& module) {
  return "# expect: wrong_answer\n"
         "# A known-wrong solution: replace it with a mistake learners make. Line 1 names\n"
         "# the verdict it must get; add one file per mistake.\n"
         "def " + module + "(*args):\n"
         "    return None\n";
}

void write_file(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  if (!out.flush()) throw UsageError("cannot write " + path.string());
}

}  // namespace

fs::path display_path(const fs::path& path) {
  std::error_code ec;
  const auto relative = fs::proximate(path, ec);
  if (ec || relative.empty() || *relative.begin() == "..") return path;
  return relative;
}

std::string module_name_for(const std::string& slug) {
  std::string module = slug;
  for (auto& c : module)
    if (c == '-') c = '_';
  if (!module.empty() && module[0] >= '0' && module[0] <= '9') module = "ex_" + module;
  if (lexical::is_python_keyword(module)) module += "_";  // "class" -> "class_"
  return module;
}

std::string exercise_reference(const fs::path& parent, const std::string& slug, bool in_catalog) {
  if (in_catalog) return slug;
  const std::string path = display_path(parent / slug).string();
  return path.find('/') == std::string::npos ? "./" + path : path;
}

std::vector<fs::path> scaffold_exercise(const fs::path& parent, const std::string& slug, const std::string& reference) {
  if (!lexical::is_slug(slug))
    throw UsageError("'" + slug + "' is not a valid exercise slug: use lower-case letters, digits and dashes, e.g. two-sum");
  const fs::path dir = parent / slug;
  if (fs::exists(dir)) throw UsageError(dir.string() + " already exists; pyjudge new never overwrites an exercise");
  std::error_code ec;
  fs::create_directories(parent, ec);
  if (ec || !fs::create_directory(dir, ec) || ec)
    throw UsageError("cannot create " + dir.string() + (ec ? ": " + ec.message() : ""));
  fs::create_directory(dir / "wrong", ec);
  const std::string module = module_name_for(slug);
  const std::vector<std::pair<fs::path, std::string>> files = {
      {dir / "exercise.yaml", exercise_yaml(slug, module, reference)},
      {dir / "tests.yaml", tests_yaml(module)},
      {dir / "solution.py", solution_py(module, display_path(dir / "solution.py"))},
      {dir / "wrong" / "returns_none.py", wrong_py(module)},
  };
  std::vector<fs::path> written;
  for (const auto& [path, text] : files) {
    write_file(path, text);
    written.push_back(path);
  }
  return written;
}

}  // namespace pyjudge
