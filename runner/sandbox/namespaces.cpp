#include "runner/sandbox/namespaces.hpp"
#include "runner/sandbox/private_root.hpp"

#include <fcntl.h>
#include <grp.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <stdexcept>
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

// Mounts made inside must not propagate back to the host. Then the private
// root, with the scratch dir at /sandbox (private_root.hpp); where that cannot
// be, the scratch dir becomes a private size-limited tmpfs in place. Either
// way a test cannot fill the host's disk with many files under the per-file
// limit, and the scratch vanishes with the namespace.
void set_up_mounts(const std::string& scratch_dir, unsigned owner, const RootPlan& root, LayerReport& report) {
  if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
    report.missing("mount_namespace", errno_text("making / private"));
    return report.missing("private_root", "it needs a mount namespace");
  }
  if (enter_private_root(root, scratch_dir, owner, kScratchBytes, report)) return;
  const std::string options = "size=" + std::to_string(kScratchBytes) + ",mode=0700,uid=" + std::to_string(owner) +
                              ",gid=" + std::to_string(owner);
  if (::mount("pyjudge-scratch", scratch_dir.c_str(), "tmpfs", MS_NOSUID | MS_NODEV | MS_NOEXEC, options.c_str()) != 0 ||
      ::chdir(scratch_dir.c_str()) != 0)  // the old cwd is the dir below the mount
    report.missing("mount_namespace", errno_text("mounting the scratch tmpfs"));
}

// Without a mount namespace there is no private root either.
void set_up_mounts_if_possible(const std::string& scratch_dir, unsigned owner, const RootPlan& root, LayerReport& report) {
  if (report.wanted("mount_namespace") && report.active_layer("mount_namespace")) return set_up_mounts(scratch_dir, owner, root, report);
  report.missing("private_root", "it needs a mount namespace");
}

// As root, last: become the sandbox user (inside the user namespace, when
// there is one, where 65534 is the only id mapped).
bool become_sandbox_user(std::string& why) {
  if (::setresgid(kSandboxId, kSandboxId, kSandboxId) != 0 || ::setresuid(kSandboxId, kSandboxId, kSandboxId) != 0)
    return why = errno_text("switching to uid 65534"), false;
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);  // cleared by the identity change
  return true;
}

// A user namespace mapping our own (unprivileged) ids onto themselves.
void enter_user_namespace(LayerReport& report, unsigned uid, unsigned gid) {
  if (report.skip_if_disabled("user_namespace")) return;
  if (::unshare(CLONE_NEWUSER) != 0) return report.missing("user_namespace", errno_text("unshare(CLONE_NEWUSER)"));
  const bool mapped = write_file("/proc/self/setgroups", "deny") &&
                      write_file("/proc/self/uid_map", std::to_string(uid) + " " + std::to_string(uid) + " 1") &&
                      write_file("/proc/self/gid_map", std::to_string(gid) + " " + std::to_string(gid) + " 1");
  if (!mapped) return report.missing("user_namespace", errno_text("writing the id maps"));
  report.active("user_namespace", "uid " + std::to_string(uid));
}

// In a helper left in the host's user namespace: maps 65534, and only 65534,
// in the launcher's new user namespace once it says "go". A process cannot
// map ids other than its own from inside.
[[noreturn]] void map_sandbox_ids(pid_t launcher, int go) {
  char said = 0;
  if (::read(go, &said, 1) != 1 || said != 'g') ::_exit(1);
  const std::string proc = "/proc/" + std::to_string(launcher);
  const std::string ids = std::to_string(kSandboxId) + " " + std::to_string(kSandboxId) + " 1";
  const bool mapped = write_file(proc + "/setgroups", "deny") && write_file(proc + "/uid_map", ids) &&
                      write_file(proc + "/gid_map", ids);
  ::_exit(mapped ? 0 : 2);
}

// As root: a user namespace whose one id is 65534, entered before the other
// namespaces, so that they belong to it and the private root can be built
// there (its id maps need /proc, which the private root does not have). The
// process keeps root's fsuid for looking up host paths (a private TMPDIR);
// what it creates in the private root belongs to the sandbox user. False when
// there is none; a namespace entered but not mapped fails the submission.
bool enter_user_namespace_as_root(LayerReport& report) {
  if (report.skip_if_disabled("user_namespace")) return false;
  int go[2];
  if (::pipe2(go, O_CLOEXEC) != 0) return report.missing("user_namespace", errno_text("pipe")), false;
  const pid_t launcher = ::getpid(), helper = ::fork();
  if (helper == 0) {
    ::close(go[1]);
    map_sandbox_ids(launcher, go[0]);
  }
  ::close(go[0]);
  const bool unshared = helper > 0 && ::unshare(CLONE_NEWUSER) == 0;
  const std::string why = unshared ? "" : errno_text(helper > 0 ? "unshare(CLONE_NEWUSER)" : "fork");
  [[maybe_unused]] const auto said = ::write(go[1], unshared ? "g" : "x", 1);
  ::close(go[1]);
  int status = 1;
  if (helper > 0) ::waitpid(helper, &status, 0);
  if (!unshared) return report.missing("user_namespace", why), false;
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) throw std::runtime_error("could not map the sandbox user's ids");
  report.active("user_namespace", "uid " + std::to_string(kSandboxId));
  return true;
}

}  // namespace

void enter_namespaces(const std::string& scratch_dir, const RootPlan& root, LayerReport& report) {
  if (::geteuid() == 0) {
    // Root leaves nothing of its own behind (groups, the scratch dir), enters
    // the user namespace, creates the others inside it, builds the private
    // root, then becomes the sandbox user.
    if (::setgroups(0, nullptr) != 0 || ::chown(scratch_dir.c_str(), kSandboxId, kSandboxId) != 0)
      throw std::runtime_error(errno_text("preparing to give up root"));
    enter_user_namespace_as_root(report);
    unshare_others(report);
    set_up_mounts_if_possible(scratch_dir, kSandboxId, root, report);
    std::string why;
    if (!become_sandbox_user(why)) throw std::runtime_error(why);
    return;
  }
  // Unprivileged: the user namespace grants the rights to create the others.
  const unsigned uid = ::geteuid(), gid = ::getegid();
  enter_user_namespace(report, uid, gid);
  unshare_others(report);
  set_up_mounts_if_possible(scratch_dir, uid, root, report);
}

}  // namespace pyjudge::runner
