// `pyjudge hint SLUG [--lang]`: reveals the exercise's hints one at a time;
// how many were revealed is kept in the progress file.
#include <iostream>
#include <memory>

#include "judge/cli/commands.hpp"
#include "judge/errors.hpp"
#include "judge/text/language.hpp"
#include "judge/learner/progress.hpp"
#include "judge/spec/loader.hpp"
#include "judge/text/layout.hpp"
#include "judge/text/markdown.hpp"

namespace pyjudge::cli {

namespace {

struct HintOptions {
  std::string exercise, lang, exercises_dir;
};

constexpr UiText kNoHints{"%s has no hints.", "У упражнения %s нет подсказок."};
constexpr UiText kHint{"Hint %s:", "Подсказка %s:"};
constexpr UiText kLast{"That was the last hint.", "Это была последняя подсказка."};
constexpr UiText kNoMore{"No more hints: you have seen all %s. Here they are again:",
                         "Больше подсказок нет: вы видели все (%s). Вот они ещё раз:"};

void print_hint(const Exercise& ex, std::size_t index, const std::string& lang, std::size_t width) {
  std::cout << fill(kHint.in(lang), {std::to_string(index + 1) + "/" + std::to_string(ex.hints.size())}) << "\n"
            << text::render_markdown(ex.hints[index].in(lang), width, "  ") << "\n";
}

int run_hint(const HintOptions& options) {
  const Exercise ex = load_named_exercise(options.exercise, options.exercises_dir);
  const std::string lang = choose_language(options.lang);
  const std::size_t width = text::terminal_width(1);
  if (ex.hints.empty()) {
    std::cout << fill(kNoHints.in(lang), {ex.slug}) << "\n";
    return 0;
  }
  ProgressStore store;
  unsigned before = 0;
  try {
    if (auto all = store.load(); all.count(ex.slug)) before = all.at(ex.slug).hints_revealed;
  } catch (const std::exception& e) {
    std::cerr << "pyjudge: warning: " << e.what() << "\n";
  }
  if (before >= ex.hints.size()) {
    std::cout << fill(kNoMore.in(lang), {std::to_string(ex.hints.size())}) << "\n\n";
    for (std::size_t i = 0; i < ex.hints.size(); ++i) print_hint(ex, i, lang, width);
    return 0;
  }
  try {
    store.update(ex.slug, [&](ExerciseProgress& p) {
      p.hints_revealed = std::max<unsigned>(p.hints_revealed, before + 1);
    });
  } catch (const std::exception& e) {
    std::cerr << "pyjudge: warning: cannot remember that this hint was shown: " << e.what() << "\n";
  }
  print_hint(ex, before, lang, width);
  if (before + 1 == ex.hints.size()) std::cout << kLast.in(lang) << "\n";
  return 0;
}

}  // namespace

void add_hint_command(CLI::App& app, Action& action) {
  auto options = std::make_shared<HintOptions>();
  auto* cmd = app.add_subcommand("hint", "Reveal the next hint of an exercise");
  add_exercise_argument(cmd, options->exercise);
  add_lang_option(cmd, options->lang);
  add_exercises_option(cmd, options->exercises_dir);
  cmd->callback([options, &action] { action = [options] { return run_hint(*options); }; });
}

}  // namespace pyjudge::cli
