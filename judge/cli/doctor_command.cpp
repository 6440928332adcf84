// `pyjudge doctor`: runs the sandbox probe (RunnerSession::probe) and prints which
// sandbox layers this host enforces, and why any is missing.
#include <sys/utsname.h>

#include <algorithm>
#include <iostream>
#include <memory>

#include "judge/cli/commands.hpp"
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

int run_doctor() {
  const auto runner_path = default_runner_path();
  // PYJUDGE_DISABLE_LAYERS is honoured; a missing layer is shown, never refused.
  RunnerSession session(runner_path, JobOptions::from_environment());
  const SubmissionResult result = session.probe();

  std::cout << "runner   " << runner_path.string() << "\n"
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
  auto* cmd = app.add_subcommand("doctor", "Show which sandbox layers this host enforces");
  cmd->callback([&action] { action = [] { return run_doctor(); }; });
}

}  // namespace pyjudge::cli
