// Sandbox layer: namespaces and an unprivileged identity. Stops seeing or
// signalling the judge (pid), network access (net: no interfaces), SysV IPC
// and hostname changes reaching the host (ipc, uts), mount changes leaking
// out (mount), and root privileges (user: the candidate runs as an
// unprivileged uid even when pyjudge runs as root).
//
// Runs in the launcher process. The pid namespace only applies to children:
// the caller must fork afterwards, and that child is pid 1 of the namespace.
#pragma once

#include <string>

#include "runner/sandbox/layer_report.hpp"
#include "runner/sandbox/private_root.hpp"

namespace pyjudge::runner {

// The uid/gid the candidate runs as when the runner is root ("nobody").
inline constexpr unsigned kSandboxId = 65534;
// The scratch dir's size: a tmpfs private to the submission's mount namespace.
inline constexpr unsigned long kScratchBytes = 64ul << 20;

// `root`: the private root to build in the mount namespace (private_root.hpp).
void enter_namespaces(const std::string& scratch_dir, const RootPlan& root, LayerReport& report);

}  // namespace pyjudge::runner
