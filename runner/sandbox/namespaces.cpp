#include "runner/sandbox/namespaces.hpp"

#include <fcntl.h>
#include <grp.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <unistd.h>

#include <csignal>
#include <string>
#include <utility>
#include <vector>

namespace pyjudge::runner {
namespace {

const std::vector<std::pair<int, const char*>> kOtherNamespaces = {
    {CLONE_NEWPID, "pid_namespace"}, {CLONE_NEWNET, "net_namespace"},     {CLONE_NEWIPC, "ipc_namespace"},
    {CLONE_NEWNS, "mount_namespace"}, {CLONE_NEWUTS, "uts_namespace"},
};

bool write_file(const std::string& path, const std::string& text) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
  if (fd < 0) return false;
  const bool ok = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
  ::close(fd);
  return ok;
}

// Each namespace separately, so that one the host forbids does not cost the others.
void unshare_others(LayerReport& report) {
  for (const auto& [flag, name] : kOtherNamespaces) {
    if (report.skip_if_disabled(name)) continue;
    if (::unshare(flag) == 0) report.active(name);
    else report.missing(name, errno_text("unshare"));
  }
}

// Mounts made inside must not propagate back to the host. The scratch dir
// becomes a private size-limited tmpfs: a test cannot fill the host's disk
// with many files under the per-file limit, and it vanishes with the namespace.
void make_mounts_private(const std::string& scratch_dir, unsigned owner, LayerReport& report) {
  if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
    return report.missing("mount_namespace", errno_text("making / private"));
  const std::string options = "size=" + std::to_string(kScratchBytes) + ",mode=0700,uid=" + std::to_string(owner) +
                              ",gid=" + std::to_string(owner);
  if (::mount("pyjudge-scratch", scratch_dir.c_str(), "tmpfs", MS_NOSUID | MS_NODEV | MS_NOEXEC, options.c_str()) != 0 ||
      ::chdir(scratch_dir.c_str()) != 0)  // the old cwd is the dir below the mount
    report.missing("mount_namespace", errno_text("mounting the scratch tmpfs"));
}

// As root: give the scratch dir to the sandbox user, then become that user.
bool drop_root(const std::string& scratch_dir, std::string& why) {
  if (::chown(scratch_dir.c_str(), kSandboxId, kSandboxId) != 0) return why = errno_text("chown scratch"), false;
  if (::setgroups(0, nullptr) != 0 || ::setresgid(kSandboxId, kSandboxId, kSandboxId) != 0 ||
      ::setresuid(kSandboxId, kSandboxId, kSandboxId) != 0)
    return why = errno_text("switching to uid 65534"), false;
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);  // cleared by the identity change
  return true;
}

// A user namespace mapping our own (unprivileged) ids onto themselves.
void enter_user_namespace(LayerReport& report, unsigned uid, unsigned gid) {
  if (report.skip_if_disabled("user_namespace")) return;
  if (::unshare(CLONE_NEWUSER) != 0) return report.missing("user_namespace", errno_text("unshare(CLONE_NEWUSER)"));
  // After giving up root the process is not dumpable, which makes its /proc
  // files root's: dumpable just long enough to write its own id maps.
  ::prctl(PR_SET_DUMPABLE, 1);
  const bool mapped = write_file("/proc/self/setgroups", "deny") &&
                      write_file("/proc/self/uid_map", std::to_string(uid) + " " + std::to_string(uid) + " 1") &&
                      write_file("/proc/self/gid_map", std::to_string(gid) + " " + std::to_string(gid) + " 1");
  const std::string why = mapped ? "" : errno_text("writing the id maps");
  ::prctl(PR_SET_DUMPABLE, 0);
  if (!mapped) return report.missing("user_namespace", why);
  report.active("user_namespace", "uid " + std::to_string(uid));
}

}  // namespace

void enter_namespaces(const std::string& scratch_dir, LayerReport& report) {
  if (::geteuid() == 0) {
    // Root creates the namespaces first (always allowed), then gives up root.
    unshare_others(report);
    if (report.wanted("mount_namespace")) make_mounts_private(scratch_dir, kSandboxId, report);
    std::string why;
    if (!drop_root(scratch_dir, why)) return report.missing("user_namespace", why);
    enter_user_namespace(report, kSandboxId, kSandboxId);
    return;
  }
  // Unprivileged: the user namespace grants the rights to create the others.
  const unsigned uid = ::geteuid(), gid = ::getegid();
  enter_user_namespace(report, uid, gid);
  unshare_others(report);
  if (report.wanted("mount_namespace")) make_mounts_private(scratch_dir, uid, report);
}

}  // namespace pyjudge::runner
