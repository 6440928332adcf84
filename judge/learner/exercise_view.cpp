#include "judge/learner/exercise_view.hpp"

#include <sstream>

#include "judge/text/language.hpp"
#include "judge/text/layout.hpp"
#include "judge/text/markdown.hpp"

namespace pyjudge {
namespace {

constexpr UiText kStarter{"Starter code", "Заготовка кода"};
constexpr UiText kStartWrites{"`pyjudge start %s` writes it to %s", "`pyjudge start %s` запишет её в %s"};
constexpr UiText kExamples{"Examples", "Примеры"};
constexpr UiText kAnyOrder{"(in any order)", "(в любом порядке)"};
constexpr UiText kAsSet{"(as a set: order and repeats do not matter)", "(как множество: порядок и повторы не важны)"};
constexpr UiText kApprox{"(approximately)", "(приближённо)"};
constexpr UiText kRaises{"raises", "возбуждает исключение"};
constexpr UiText kPrints{"prints:", "выводит:"};
constexpr UiText kObserves{"observe() receives, in order:", "observe() получает по порядку:"};
constexpr UiText kHints{"Hints", "Подсказки"};
constexpr UiText kCheck{"Check your solution", "Проверить решение"};
constexpr UiText kOnFixture{"on the fixture %s: the query %s", "на данных %s: запрос %s"};
constexpr UiText kWithParams{"with", "с параметрами"};
constexpr UiText kThen{"then:", "затем:"};
constexpr UiText kRows{"gives the rows", "даёт строки"};
constexpr UiText kColumns{"with the columns", "со столбцами"};
constexpr UiText kLearnerTests{"every test function in your file is run on this version of the module; none may fail",
                               "каждая тестовая функция вашего файла запускается на этой версии модуля; ни одна не должна упасть"};

std::string comparator_note(const TestCase& t, const std::string& lang) {
  switch (t.compare) {
    case Comparator::Unordered: return std::string(" ") + kAnyOrder.in(lang);
    case Comparator::Set: return std::string(" ") + kAsSet.in(lang);
    case Comparator::Approx: return std::string(" ") + kApprox.in(lang);
    case Comparator::Exact: break;
  }
  return "";
}

void code_lines(std::ostringstream& out, const std::string& code, const std::string& first, const std::string& rest) {
  std::istringstream in(code);
  std::string line;
  bool is_first = true;
  while (std::getline(in, line)) {
    out << (is_first ? first : rest) << line << "\n";
    is_first = false;
  }
}

void wrapped(std::ostringstream& out, const std::string& text, std::size_t width, const std::string& first, const std::string& rest) {
  for (const auto& line : text::wrap(text, width, first, rest)) out << line << "\n";
}

// A SQL example: what it runs on, then the rows (and columns) it must give.
void sql_example(std::ostringstream& out, const TestCase& t, const std::string& body, const std::string& lang, std::size_t width) {
  const SqlQuery& q = *t.sql;
  std::string line = fill(kOnFixture.in(lang), {q.fixture, q.query});
  if (q.params) line += std::string(" ") + kWithParams.in(lang) + " " + repr(*q.params);
  wrapped(out, line, width, body, body + "  ");
  if (!q.check.empty()) {
    out << body << kThen.in(lang) << "\n";
    code_lines(out, q.check, body + "  ", body + "  ");
  }
  if (t.raises) out << body << kRaises.in(lang) << " " << *t.raises << "\n";
  if (!t.expect || t.expect->items.empty()) return;
  out << body << kRows.in(lang) << comparator_note(t, lang) << ":\n";
  for (const auto& row : t.expect->items.front().items) wrapped(out, repr(row), width, body + "  ", body + "    ");
  if (t.expect->items.size() > 1) wrapped(out, std::string(kColumns.in(lang)) + " " + repr(t.expect->items[1]), width, body, body + "  ");
}

void example(std::ostringstream& out, const TestCase& t, std::size_t number, const std::string& lang, std::size_t width) {
  const std::string head = "  " + std::to_string(number) + ". ";
  const std::string body(head.size(), ' ');
  wrapped(out, t.title.in(lang), width, head, body);
  if (t.sql) return sql_example(out, t, body, lang, width);
  if (!t.modules.empty()) return wrapped(out, kLearnerTests.in(lang), width, body, body);  // the driver is the judge's
  if (t.kind == "call") code_lines(out, t.code, body + ">>> ", body + "... ");
  else code_lines(out, t.code, body + "  ", body + "  ");
  if (t.raises) out << body << kRaises.in(lang) << " " << *t.raises << "\n";
  if (t.expect) {
    if (t.kind == "call") {
      wrapped(out, repr(*t.expect) + comparator_note(t, lang), width, body, body + "  ");
    } else {
      out << body << kObserves.in(lang) << comparator_note(t, lang) << "\n";
      for (const auto& item : t.expect->items) wrapped(out, repr(item), width, body + "  ", body + "    ");
    }
  }
  if (t.expected_stdout) {
    out << body << kPrints.in(lang) << "\n";
    code_lines(out, *t.expected_stdout, body + "  | ", body + "  | ");
  }
}

}  // namespace

std::string difficulty_in(const std::string& difficulty, const std::string& lang) {
  if (lang != "ru") return difficulty;
  if (difficulty == "easy") return "лёгкая";
  if (difficulty == "medium") return "средняя";
  if (difficulty == "hard") return "сложная";
  return difficulty;
}

std::string render_exercise(const Exercise& ex, const std::string& ref, const std::string& lang, std::size_t width) {
  std::ostringstream out;
  std::string topics;
  for (const auto& t : ex.topics) topics += (topics.empty() ? "" : ", ") + t;
  wrapped(out, ex.title.in(lang), width, "", "  ");
  wrapped(out, difficulty_in(ex.difficulty, lang) + " · " + topics, width, "", "  ");
  out << "\n" << text::render_markdown(ex.statement.in(lang), width) << "\n";

  const std::string file = ex.solution_file();
  wrapped(out, std::string(kStarter.in(lang)) + " (" + fill(kStartWrites.in(lang), {ref, file}) + "):", width, "", "  ");
  code_lines(out, ex.starter, "    ", "    ");
  out << "\n";

  std::size_t number = 0;
  for (const auto& t : ex.tests) {
    if (!t.visible) continue;
    if (number == 0) out << kExamples.in(lang) << ":\n";
    example(out, t, ++number, lang, width);
  }
  if (number > 0) out << "\n";
  if (!ex.hints.empty())
    wrapped(out, std::string(kHints.in(lang)) + ": " + std::to_string(ex.hints.size()) + " (`pyjudge hint " + ref + "`)", width, "", "  ");
  wrapped(out, std::string(kCheck.in(lang)) + ": pyjudge check " + ref + " " + file, width, "", "  ");
  return out.str();
}

}  // namespace pyjudge
