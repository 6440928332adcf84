#include "runner/sandbox/lockdown.hpp"

#include <sys/prctl.h>

#include <stdexcept>

#include "runner/sandbox/namespaces.hpp"
#include "runner/sandbox/privileges.hpp"
#include "runner/sandbox/process_state.hpp"
#include "runner/sandbox/rlimits.hpp"
#include "runner/sandbox/seccomp.hpp"

namespace pyjudge::runner {
namespace {

std::optional<SyscallFilter>& prebuilt_allowlist() {
  static std::optional<SyscallFilter> filter;
  return filter;
}

RootPlan& root_plan() {
  static RootPlan plan;
  return plan;
}

}  // namespace

void prepare_layers() {
  const LandlockPaths paths = landlock_paths();
  plan_filesystem_rules(paths);
  root_plan() = plan_private_root(paths);
  try {
    prebuilt_allowlist() = SyscallFilter::build();
  } catch (const std::exception&) {
    // each submission tries again and reports why seccomp is missing
  }
}

void reset_launcher(const std::string& scratch_dir, int protocol_fd, LayerReport& report) {
  close_fds_except({protocol_fd});
  reset_process_state(scratch_dir);
  report.active("process_state");
}

void isolate_launcher(const std::string& scratch_dir, LayerReport& report) {
  enter_namespaces(scratch_dir, root_plan(), report);
}

void lock_down_submission(const LandlockPaths& paths, LayerReport& report) {
  drop_privileges(report);
  restrict_filesystem(paths, report);
}

std::optional<SyscallFilter> prepare_test_layers(LayerReport& report) {
  report.active("rlimits");
  report.active("supervisor");
  if (report.skip_if_disabled("seccomp")) return std::nullopt;
  // PR_GET_SECCOMP fails with EINVAL on kernels built without seccomp.
  if (::prctl(PR_GET_SECCOMP, 0, 0, 0, 0) < 0) {
    report.missing("seccomp", errno_text("prctl(PR_GET_SECCOMP)"));
    return std::nullopt;
  }
  try {
    SyscallFilter filter = prebuilt_allowlist() ? *prebuilt_allowlist() : SyscallFilter::build();
    if (const std::string failure = filter.install_for_submission(); !failure.empty()) {
      report.missing("seccomp", failure);
      return std::nullopt;
    }
    report.active("seccomp", "allowlist, dangerous calls trapped");
    return filter;
  } catch (const std::exception& e) {
    report.missing("seccomp", e.what());
    return std::nullopt;
  }
}

void lock_down_test(const protocol::Limits& limits, std::uint64_t baseline_vm_bytes, const SyscallFilter* filter) {
  close_fds_except({kResultFd, kStatusFd});
  apply_test_rlimits(limits, baseline_vm_bytes);
  if (!filter) return;
  if (const std::string failure = filter->install_for_test(); !failure.empty()) throw std::runtime_error("seccomp: " + failure);
}

}  // namespace pyjudge::runner
