// `pyjudge doctor`: where the runner and the catalog were found, then the
// sandbox probe (RunnerSession::probe): which sandbox layers this host
// enforces, and why any is missing.
#include <sys/utsname.h>

#include <algorithm>
#include <iostream>
#include <memory>

#include "judge/cli/commands.hpp"
#include "judge/install/layout.hpp"
#include "judge/run/runner_session.hpp"
#include "judge/report/terminal.hpp"
#include "judge/run/sandbox_layers.hpp"

namespace pyjudge::cli {
namespace {

std::string reason_for(const std::string& layer, const std::vector<std::string>& missing) {
  for (const auto& entry : missing)
    if (entry.rfind(layer + ": ", 0) == 0) return entry.substr(layer.size() + 2);
  return "not reported by the runner";
}

std::string kernel() {
  utsname u{};
  return ::uname(&u) == 0 ? std::string(u.sysname) + " " + u.release : "unknown";
}

// "/usr/share/pyjudge/exercises (installed, 32 exercises)"; a missing catalog is
// shown, not refused: the sandbox can be checked without one.
std::string describe_catalog(const Location& catalog) {
  std::string text = catalog.path.string() + " (" + catalog.source;
  try {
    const auto n = catalog_slugs(catalog.path).size();
    return text + ", " + std::to_string(n) + " exercise" + (n == 1 ? "" : "s") + ")";
  } catch (const UsageError&) {
    return text + "): no such folder";
  }
}

int run_doctor(const std::string& exercises_dir) {
  const Location runner = locate_runner();
  // PYJUDGE_DISABLE_LAYERS is honoured; a missing layer is shown, never refused.
  RunnerSession session(runner.path, JobOptions::from_environment());
  const SubmissionResult result = session.probe();

  std::cout << "runner   " << runner.path.string() << " (" << runner.source << ")\n"
            << "catalog  " << describe_catalog(locate_catalog(exercises_dir)) << "\n"
            << "python   " << (result.python_version.empty() ? "?" : result.python_version) << "\n"
            << "kernel   " << kernel() << "\n\n";
  bool complete = true;
  for (const auto& layer : kAllLayers) {
    const bool active = std::find(result.sandbox_layers.begin(), result.sandbox_layers.end(), layer) != result.sandbox_layers.end();
    complete = complete && active;
    std::cout << "  " << (active ? "active " : "MISSING") << "  " << layer;
    if (!active) std::cout << "  (" << reason_for(layer, result.missing_layers) << ")";
    std::cout << "\n";
  }
  const bool probe_ok = result.verdict == Verdict::Accepted;
  std::cout << "\nprobe    " << verdict_name(result.verdict) << (result.message.empty() ? "" : ": " + result.message) << "\n";
  std::cout << (complete && probe_ok ? "every sandbox layer is active\n"
                                     : "the sandbox is incomplete: pyjudge grade refuses to run without --allow-weak-sandbox\n");
  return complete && probe_ok ? kAccepted : kNotAccepted;
}

}  // namespace

void add_doctor_command(CLI::App& app, Action& action) {
  auto exercises_dir = std::make_shared<std::string>();
  auto* cmd = app.add_subcommand("doctor", "Show where the runner and the catalog are, and which sandbox layers this host enforces");
  add_exercises_option(cmd, *exercises_dir);
  cmd->callback([exercises_dir, &action] { action = [exercises_dir] { return run_doctor(*exercises_dir); }; });
}

}  // namespace pyjudge::cli
