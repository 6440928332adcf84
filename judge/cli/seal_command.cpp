// `pyjudge seal CATALOG OUT`: writes the learners' copy of a catalog
// (judge/install/seal.hpp).
#include <iostream>
#include <memory>

#include "judge/cli/commands.hpp"
#include "judge/install/seal.hpp"

namespace pyjudge::cli {

namespace {

struct SealOptions {
  std::string catalog, out;
};

int run_seal(const SealOptions& options) {
  const SealCounts counts = seal_catalog(options.catalog, options.out);
  std::cout << "sealed " << counts.exercises << " exercise" << (counts.exercises == 1 ? "" : "s") << " into " << options.out << ": " << counts.sealed
            << " hidden tests carry digests; plain: " << counts.plain_approx << " approx, " << counts.plain_raises
            << " raises, " << counts.visible << " visible";
  if (counts.mutants) std::cout << "; readable: " << counts.mutants << " mutants of write-the-tests exercises";
  std::cout << "\n";
  return kAccepted;
}

}  // namespace

void add_seal_command(CLI::App& app, Action& action) {
  auto options = std::make_shared<SealOptions>();
  auto* cmd = app.add_subcommand("seal", "Write the learners' copy of a catalog: no solutions, hidden expected values as digests");
  cmd->add_option("catalog", options->catalog, "The authors' catalog (a folder of exercises)")->required();
  cmd->add_option("out", options->out, "The folder to create (it must not exist, or be empty)")->required();
  cmd->callback([options, &action] { action = [options] { return run_seal(*options); }; });
}

}  // namespace pyjudge::cli
