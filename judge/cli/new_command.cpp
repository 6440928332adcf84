// `pyjudge new SLUG [--dir DIR]`: scaffolds an exercise that validates and
// whose placeholder tests fail until the author writes them.
#include <iostream>
#include <memory>

#include "judge/cli/commands.hpp"
#include "judge/errors.hpp"
#include "judge/install/layout.hpp"
#include "judge/spec/catalog.hpp"
#include "judge/authoring/scaffold.hpp"

namespace pyjudge::cli {

namespace {

struct NewOptions {
  std::string slug, dir;
};

// The catalog to write into; never the installed one, the learners' sealed copy.
std::filesystem::path authors_catalog() {
  const Location catalog = locate_catalog("");
  if (catalog.source == "installed")
    throw UsageError("`new` writes into an author's catalog, not the installed one (" + catalog.path.string() +
                     "): give --dir DIR or set PYJUDGE_EXERCISES");
  return catalog.path;
}

int run_new(const NewOptions& options) {
  const bool in_catalog = options.dir.empty();
  const auto parent = in_catalog ? authors_catalog() : std::filesystem::path(options.dir);
  // Outside the catalog a slug names nothing: commands name the folder by its path.
  const std::string reference = exercise_reference(parent, options.slug, in_catalog);
  const auto files = scaffold_exercise(parent, options.slug, reference);
  std::cout << "Created " << display_path(parent / options.slug).string() << ":\n";
  for (const auto& f : files) std::cout << "  " << f.lexically_relative(parent / options.slug).generic_string() << "\n";
  std::cout << "Replace every TODO (the format: docs/spec-format.md), then check the exercise with:\n"
            << "  pyjudge validate " << reference << "\n"
            << "  pyjudge verify " << reference << "\n"
            << "Until then `verify` fails: the reference solution raises NotImplementedError.\n";
  return 0;
}

}  // namespace

void add_new_command(CLI::App& app, Action& action) {
  auto options = std::make_shared<NewOptions>();
  auto* cmd = app.add_subcommand("new", "Create a new exercise from a template");
  cmd->add_option("slug", options->slug, "Folder name: lower-case letters, digits and dashes")->required();
  cmd->add_option("--dir", options->dir, "Create it in this folder (default: $PYJUDGE_EXERCISES, else the source tree's catalog)");
  cmd->callback([options, &action] { action = [options] { return run_new(*options); }; });
}

}  // namespace pyjudge::cli
