// `pyjudge list [--topic T] [--difficulty D]`: the catalog as a table, with
// the learner's best result for each exercise tried.
#include <iostream>
#include <memory>

#include "judge/cli/commands.hpp"
#include "judge/spec/catalog.hpp"
#include "judge/learner/exercise_view.hpp"
#include "judge/text/language.hpp"
#include "judge/learner/progress.hpp"
#include "judge/spec/loader.hpp"
#include "judge/text/layout.hpp"

namespace pyjudge::cli {

namespace {

struct ListOptions {
  std::string topic, difficulty, lang, exercises_dir;
};

constexpr UiText kHeadSlug{"slug", "slug"};
constexpr UiText kHeadTitle{"title", "название"};
constexpr UiText kHeadDifficulty{"difficulty", "сложность"};
constexpr UiText kHeadTopics{"topics", "темы"};
constexpr UiText kHeadBest{"best result", "лучший результат"};
constexpr UiText kNone{"no exercises match", "нет подходящих упражнений"};

struct Row {
  std::string slug, title, difficulty, topics, best;
};

std::string best_of(const Progress& progress, const std::string& slug) {
  const auto it = progress.find(slug);
  if (it == progress.end() || it->second.best_verdict.empty()) return "-";
  char score[16];
  std::snprintf(score, sizeof score, "%.2f", it->second.best_score);
  return std::string(score) + " " + it->second.best_verdict;
}

int run_list(const ListOptions& options) {
  const std::string lang = choose_language(options.lang);
  const auto catalog = catalog_dir(options.exercises_dir);
  Progress progress;
  try {
    progress = ProgressStore().load();
  } catch (const std::exception& e) {
    std::cerr << "pyjudge: warning: " << e.what() << "\n";
  }
  std::vector<Row> rows;
  for (const auto& slug : catalog_slugs(catalog)) {
    Exercise ex;
    try {
      ex = load_exercise(catalog / slug);
    } catch (const SpecError&) {
      std::cerr << "pyjudge: warning: " << slug << " does not load (`pyjudge validate " << (catalog / slug).string() << "` says why)\n";
      continue;
    }
    if (!options.difficulty.empty() && ex.difficulty != options.difficulty) continue;
    if (!options.topic.empty() && std::find(ex.topics.begin(), ex.topics.end(), options.topic) == ex.topics.end()) continue;
    std::string topics;
    for (const auto& t : ex.topics) topics += (topics.empty() ? "" : ", ") + t;
    rows.push_back({slug, ex.title.in(lang), difficulty_in(ex.difficulty, lang), topics, best_of(progress, slug)});
  }
  if (rows.empty()) {
    std::cout << kNone.in(lang) << "\n";
    return 0;
  }
  const Row head{kHeadSlug.in(lang), kHeadTitle.in(lang), kHeadDifficulty.in(lang), kHeadTopics.in(lang), kHeadBest.in(lang)};
  std::size_t w[4] = {0, 0, 0, 0};
  auto widen = [&](const Row& r) {
    w[0] = std::max(w[0], text::display_width(r.slug));
    w[1] = std::max(w[1], text::display_width(r.title));
    w[2] = std::max(w[2], text::display_width(r.difficulty));
    w[3] = std::max(w[3], text::display_width(r.topics));
  };
  widen(head);
  for (const auto& r : rows) widen(r);
  // On a narrow terminal the topics give way first, then the titles; a pipe gets everything.
  if (const std::size_t width = text::terminal_columns(1)) {
    const std::size_t fixed = w[0] + w[2] + 18 + 8;  // slug, difficulty, "1.00 wrong_answer", gaps
    if (fixed + w[1] + w[3] > width) w[3] = std::max<std::size_t>(12, width > fixed + w[1] ? width - fixed - w[1] : 0);
    if (fixed + w[1] + w[3] > width) w[1] = std::max<std::size_t>(16, width > fixed + w[3] ? width - fixed - w[3] : 0);
  }
  auto print = [&](const Row& r) {
    std::cout << text::pad(r.slug, w[0]) << "  " << text::pad(text::truncate(r.title, w[1]), w[1]) << "  "
              << text::pad(r.difficulty, w[2]) << "  " << text::pad(text::truncate(r.topics, w[3]), w[3]) << "  " << r.best << "\n";
  };
  print(head);
  for (const auto& r : rows) print(r);
  return 0;
}

}  // namespace

void add_list_command(CLI::App& app, Action& action) {
  auto options = std::make_shared<ListOptions>();
  auto* cmd = app.add_subcommand("list", "List the exercises, with your best result in each");
  cmd->add_option("--topic", options->topic, "Only exercises with this topic");
  cmd->add_option("--difficulty", options->difficulty, "Only exercises of this difficulty")
      ->check(CLI::IsMember({"easy", "medium", "hard"}));
  add_lang_option(cmd, options->lang);
  add_exercises_option(cmd, options->exercises_dir);
  cmd->callback([options, &action] { action = [options] { return run_list(*options); }; });
}

}  // namespace pyjudge::cli
