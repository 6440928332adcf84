// `pyjudge show SLUG [--lang en|ru]`: the statement, starter code and visible
// examples, wrapped to the terminal.
#include <iostream>
#include <memory>

#include "judge/cli/commands.hpp"
#include "judge/errors.hpp"
#include "judge/learner/exercise_view.hpp"
#include "judge/text/language.hpp"
#include "judge/spec/loader.hpp"
#include "judge/text/layout.hpp"

namespace pyjudge::cli {

namespace {

struct ShowOptions {
  std::string exercise, lang, exercises_dir;
};

int run_show(const ShowOptions& options) {
  const Exercise exercise = load_named_exercise(options.exercise, options.exercises_dir);
  std::cout << render_exercise(exercise, options.exercise, choose_language(options.lang), text::terminal_width(1));
  return 0;
}

}  // namespace

void add_show_command(CLI::App& app, Action& action) {
  auto options = std::make_shared<ShowOptions>();
  auto* cmd = app.add_subcommand("show", "Show an exercise: statement, starter code, examples");
  add_exercise_argument(cmd, options->exercise);
  add_lang_option(cmd, options->lang);
  add_exercises_option(cmd, options->exercises_dir);
  cmd->callback([options, &action] { action = [options] { return run_show(*options); }; });
}

}  // namespace pyjudge::cli
