// `pyjudge doctor`: runs a one-test probe through the runner and prints which
// sandbox layers this host enforces, and why any is missing.
#include <sys/utsname.h>

#include <algorithm>
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "core/grading.hpp"
#include "core/report.hpp"
#include "core/sandbox_layers.hpp"

namespace pyjudge::cli {
namespace {

Exercise probe_exercise() {
  Exercise ex;
  ex.slug = "doctor-probe";
  ex.module = "probe";
  TestCase test;
  test.name = "the sandbox runs Python";
  test.kind = "call";
  test.code = "sum(range(10))";
  test.expect = Value::of_int(45);
  ex.tests.push_back(test);
  return ex;
}

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
  const Exercise probe = probe_exercise();
  const auto runner_path = default_runner_path();
  RunnerProcess runner(runner_path);
  std::optional<protocol::Hello> hello;
  JobOptions options = JobOptions::from_environment();  // honours PYJUDGE_DISABLE_LAYERS
  options.require_sandbox = false;                        // the point is to see what is missing
  const RunOutcome outcome = run_submission(runner, probe, "", hello, options);
  const SubmissionResult result = grade(probe, outcome, "<probe>");

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
