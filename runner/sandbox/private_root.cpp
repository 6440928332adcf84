#include "runner/sandbox/private_root.hpp"

#include <fcntl.h>
#include <sys/fsuid.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <stdexcept>

#include "runner/sandbox/denied_extensions.hpp"

namespace pyjudge::runner {
namespace fs = std::filesystem;

namespace {

// A failed step: what was being done, with errno's reason.
struct RootFailure : std::runtime_error {
  using std::runtime_error::runtime_error;
};

void check(bool ok, const std::string& what) {
  if (!ok) throw RootFailure(errno_text(what));
}

bool inside(const fs::path& path, const fs::path& dir) {
  const auto relative = path.lexically_relative(dir);
  return !relative.empty() && *relative.begin() != "..";
}

// mkdir -p under `root` (a path relative to the cwd), for the host path `path`.
void make_dirs(const std::string& root, const std::string& path) {
  std::error_code ec;
  fs::create_directories(root + path, ec);
  if (ec) throw RootFailure("creating " + path + " in the new root: " + ec.message());
}

void make_file(const std::string& root, const std::string& path) {
  make_dirs(root, fs::path(path).parent_path().string());
  const int fd = ::open((root + path).c_str(), O_CREAT | O_WRONLY | O_CLOEXEC, 0444);
  check(fd >= 0, "creating " + path + " in the new root");
  ::close(fd);
}

// The flags of the mount `path` is on that a remount must keep: in a user
// namespace the host's nosuid, nodev and noexec are locked.
unsigned long locked_flags(const std::string& path) {
  struct statvfs st {};
  if (::statvfs(path.c_str(), &st) != 0) return 0;
  unsigned long flags = 0;
  if (st.f_flag & ST_NOSUID) flags |= MS_NOSUID;
  if (st.f_flag & ST_NODEV) flags |= MS_NODEV;
  if (st.f_flag & ST_NOEXEC) flags |= MS_NOEXEC;
  if (st.f_flag & ST_NOATIME) flags |= MS_NOATIME;
  if (st.f_flag & ST_RELATIME) flags |= MS_RELATIME;
  return flags;
}

// Binds `source` onto `target` and makes the bind read-only (a second call:
// MS_RDONLY is ignored on the first). A device keeps its device access.
void bind_read_only(const std::string& source, const std::string& target, bool device = false) {
  check(::mount(source.c_str(), target.c_str(), nullptr, MS_BIND | MS_REC, nullptr) == 0, "binding " + source);
  const unsigned long flags = MS_BIND | MS_REMOUNT | MS_RDONLY | MS_NOSUID | (device ? 0 : MS_NODEV) | locked_flags(source);
  check(::mount(nullptr, target.c_str(), nullptr, flags, nullptr) == 0, "making " + source + " read-only");
}

void mount_tmpfs(const std::string& target, const std::string& options) {
  check(::mount("pyjudge", target.c_str(), "tmpfs", MS_NOSUID | MS_NODEV | MS_NOEXEC, options.c_str()) == 0,
        "mounting a tmpfs on " + target);
}

void populate(const RootPlan& plan, const std::string& root, unsigned owner, unsigned long scratch_bytes) {
  const mode_t saved = ::umask(022);  // the dirs of the new root: readable by the sandbox user
  struct RestoreUmask {
    mode_t mask;
    ~RestoreUmask() { ::umask(mask); }
  } restore{saved};
  for (const auto& dir : plan.dirs) {
    make_dirs(root, dir);
    bind_read_only(dir, root + dir);
  }
  for (const auto& file : plan.files) {
    make_file(root, file);
    bind_read_only(file, root + file, /*device=*/true);
  }
  if (!plan.masked.empty()) {
    make_file(root, "/.masked");  // an empty file, shown in place of each denied module
    for (const auto& file : plan.masked) bind_read_only(root + "/.masked", root + file);
    check(::unlink((root + "/.masked").c_str()) == 0, "removing the mask file");
  }
  make_dirs(root, kSandboxDir);
  mount_tmpfs(root + kSandboxDir, "size=" + std::to_string(scratch_bytes) + ",mode=0700,uid=" + std::to_string(owner) +
                                      ",gid=" + std::to_string(owner));
}

// Moves into `root`. Once pivot_root has succeeded there is no way back: a
// later failure is std::runtime_error, which fails the submission's setup.
void pivot(const std::string& root) {
  make_dirs(root, "/.old-root");
  check(::syscall(SYS_pivot_root, root.c_str(), (root + "/.old-root").c_str()) == 0, "pivot_root");
  const auto after = [](bool ok, const std::string& what) {
    if (!ok) throw std::runtime_error("private root: " + errno_text(what));
  };
  after(::chdir("/") == 0, "entering the new root");
  after(::umount2("/.old-root", MNT_DETACH) == 0, "detaching the old root");
  after(::rmdir("/.old-root") == 0, "removing the old root's mount point");
  after(::mount(nullptr, "/", nullptr, MS_BIND | MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV, nullptr) == 0, "making / read-only");
  after(::chdir(kSandboxDir) == 0, "entering " + std::string(kSandboxDir));
}

}  // namespace

RootPlan plan_private_root(const LandlockPaths& paths) {
  RootPlan plan;
  std::vector<fs::path> dirs;
  for (const auto* list : {&paths.stdlib, &paths.libraries})
    for (const auto& path : *list) {
      fs::path p = fs::path(path).lexically_normal();
      if (!p.has_filename() && p.has_parent_path()) p = p.parent_path();  // "/usr/lib/" names "/usr/lib"
      if (fs::is_directory(p)) dirs.push_back(p);
      else if (fs::exists(p)) plan.files.push_back(p.string());
    }
  std::sort(dirs.begin(), dirs.end());
  for (const auto& dir : dirs)  // sorted: a dir comes before the dirs inside it
    if (plan.dirs.empty() || (!inside(dir, plan.dirs.back()) && dir != fs::path(plan.dirs.back())))
      plan.dirs.push_back(dir.string());
  for (const auto& dir : dirs) {
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec))
      if (entry.is_regular_file() && is_denied_extension(entry.path())) plan.masked.push_back(entry.path().string());
  }
  std::sort(plan.masked.begin(), plan.masked.end());
  plan.masked.erase(std::unique(plan.masked.begin(), plan.masked.end()), plan.masked.end());
  return plan;
}

bool enter_private_root(const RootPlan& plan, const std::string& mount_point, unsigned owner, unsigned long scratch_bytes,
                        LayerReport& report) {
  if (report.skip_if_disabled("private_root")) return false;
  const std::string options = "size=1m,mode=0755,uid=" + std::to_string(owner) + ",gid=" + std::to_string(owner);
  if (::mount("pyjudge", mount_point.c_str(), "tmpfs", MS_NOSUID | MS_NODEV | MS_NOEXEC, options.c_str()) != 0 ||
      ::chdir(mount_point.c_str()) != 0) {
    report.missing("private_root", errno_text("mounting the new root on " + mount_point));
    return false;
  }
  // Built from inside: the mount point's parents may be closed to the sandbox
  // user (a private TMPDIR), who owns what is created here.
  const auto fsgid = ::setfsgid(owner), fsuid = ::setfsuid(owner);
  try {
    populate(plan, ".", owner, scratch_bytes);
    pivot(".");
  } catch (const RootFailure& e) {
    ::setfsuid(fsuid);
    ::setfsgid(fsgid);
    ::chdir("/");
    ::umount2(mount_point.c_str(), MNT_DETACH);  // back to the host's tree, mounts and all
    report.missing("private_root", e.what());
    return false;
  }
  report.active("private_root", std::to_string(plan.dirs.size() + plan.files.size()) + " read-only mounts, " +
                                    std::string(kSandboxDir) + " writable");
  return true;
}

}  // namespace pyjudge::runner
