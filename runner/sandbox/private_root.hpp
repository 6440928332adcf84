// Sandbox layer: a private root. Landlock controls opening files, not looking
// them up: without this, stat() and os.path.exists() would show a candidate
// which files exist on the host (/etc/passwd, other jobs' files in /tmp, the
// judge's own tree and the size of its hidden tests). In the launcher's mount
// namespace an empty tmpfs becomes the root, holding read-only bind mounts of
// exactly what the interpreter needs, at their own paths (the stdlib with
// lib-dynload, the dirs of the shared libraries it maps, /dev/null,
// /dev/urandom), the denied extension modules masked by an empty file, and
// the scratch dir at /sandbox, the only writable place; then pivot_root, and
// the old root is detached. No /proc, /sys, /etc, /tmp, home dirs or judge files.
#pragma once

#include <string>
#include <vector>

#include "runner/sandbox/landlock.hpp"
#include "runner/sandbox/layer_report.hpp"

namespace pyjudge::runner {

// Where the scratch dir is inside the private root: the same on every host.
inline constexpr const char* kSandboxDir = "/sandbox";

struct RootPlan {
  std::vector<std::string> dirs;    // bound read-only at their own path (none inside another)
  std::vector<std::string> files;   // likewise: the devices
  std::vector<std::string> masked;  // files under `dirs` covered by an empty file
};

// Worked out once per warm runner (it lists lib-dynload), from the paths the
// Landlock plan grants.
RootPlan plan_private_root(const LandlockPaths& paths);
// In the launcher, in its own mount namespace while it may still mount:
// builds the root on `mount_point` (an empty host dir) and moves into it; the
// cwd is then kSandboxDir, a tmpfs of `scratch_bytes` owned by `owner`. On
// failure it reports the layer missing and returns false, having changed
// nothing the caller relies on.
bool enter_private_root(const RootPlan& plan, const std::string& mount_point, unsigned owner,
                        unsigned long scratch_bytes, LayerReport& report);

}  // namespace pyjudge::runner
