// `pyjudge new SLUG [--dir DIR]`: scaffolds an exercise that validates and
// whose placeholder tests fail until the author writes them.
#include <iostream>
#include <memory>

#include "judge/cli/commands.hpp"
#include "judge/spec/catalog.hpp"
#include "judge/authoring/scaffold.hpp"

namespace pyjudge::cli {

namespace {

struct NewOptions {
  std::string slug, dir;
};

int run_new(const NewOptions& options) {
  const bool in_catalog = options.dir.empty();
  const auto parent = in_catalog ? catalog_dir("") : std::filesystem::path(options.dir);
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
  cmd->add_option("--dir", options->dir, "Create it in this folder (default: $PYJUDGE_EXERCISES or the bundled catalog)");
  cmd->callback([options, &action] { action = [options] { return run_new(*options); }; });
}

}  // namespace pyjudge::cli
