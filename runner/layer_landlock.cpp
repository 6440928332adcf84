#include "layer_landlock.hpp"

#include <fcntl.h>
#include <linux/landlock.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <set>

#include "interpreter.hpp"

namespace pyjudge::runner {
namespace {

// The kernel ABI beyond what older headers declare.
constexpr std::uint64_t kFsTruncate = 1ULL << 14;   // ABI 3
constexpr std::uint64_t kFsIoctlDev = 1ULL << 15;   // ABI 5
constexpr std::uint64_t kNetBindTcp = 1ULL << 0;    // ABI 4
constexpr std::uint64_t kNetConnectTcp = 1ULL << 1; // ABI 4
constexpr std::uint64_t kScopeAbstractUnix = 1ULL << 0;  // ABI 6
constexpr std::uint64_t kScopeSignal = 1ULL << 1;        // ABI 6

struct RulesetAttr {  // struct landlock_ruleset_attr, ABI 6 layout
  std::uint64_t handled_access_fs;
  std::uint64_t handled_access_net;
  std::uint64_t scoped;
};

constexpr std::uint64_t kReadOnly = LANDLOCK_ACCESS_FS_READ_FILE | LANDLOCK_ACCESS_FS_READ_DIR;

std::uint64_t handled_fs(int abi) {
  std::uint64_t rights = (LANDLOCK_ACCESS_FS_MAKE_SYM << 1) - 1;  // ABI 1: bits 0..12
  if (abi >= 2) rights |= LANDLOCK_ACCESS_FS_REFER;
  if (abi >= 3) rights |= kFsTruncate;
  if (abi >= 5) rights |= kFsIoctlDev;
  return rights;
}

int landlock_abi() {
  const long abi = ::syscall(SYS_landlock_create_ruleset, nullptr, 0, LANDLOCK_CREATE_RULESET_VERSION);
  return abi < 0 ? 0 : static_cast<int>(abi);
}

bool allow_path(int ruleset, const std::string& path, std::uint64_t rights) {
  const int fd = ::open(path.c_str(), O_PATH | O_CLOEXEC);
  if (fd < 0) return errno == ENOENT;  // a path that does not exist needs no rule
  struct stat st {};
  ::fstat(fd, &st);
  // Directory-only rights cannot be granted on a file.
  if (!S_ISDIR(st.st_mode)) rights &= LANDLOCK_ACCESS_FS_READ_FILE | LANDLOCK_ACCESS_FS_WRITE_FILE | kFsTruncate;
  landlock_path_beneath_attr rule{rights, fd};
  const bool ok = ::syscall(SYS_landlock_add_rule, ruleset, LANDLOCK_RULE_PATH_BENEATH, &rule, 0) == 0;
  ::close(fd);
  return ok;
}

// Extension modules that give raw memory access (ctypes) or exist only to
// test CPython's C API: with them a candidate could read the result seal key.
bool denied_file(const std::filesystem::path& file) {
  const std::string name = file.filename().string();
  for (const char* prefix : {"_ctypes", "_test", "_xx", "xxlimited"})
    if (name.rfind(prefix, 0) == 0) return true;
  return false;
}

// Every dir that holds a denied extension module (up to `depth` levels below
// `dir`), with all its ancestors up to `dir`: the dirs that cannot be granted
// whole. Listing only these few dirs keeps the layer at a few directory reads.
void collect_denied_ancestors(const std::filesystem::path& dir, int depth, std::set<std::filesystem::path>& ancestors) {
  namespace fs = std::filesystem;
  std::error_code ec;
  for (const auto& child : fs::directory_iterator(dir, fs::directory_options::skip_permission_denied, ec)) {
    const fs::path& path = child.path();
    if (denied_file(path) && path.extension() == ".so") {
      for (fs::path p = dir; !p.empty() && p != p.root_path(); p = p.parent_path()) ancestors.insert(p);
    } else if (depth > 0 && child.is_directory(ec) && !child.is_symlink(ec)) {
      collect_denied_ancestors(path, depth - 1, ancestors);
    }
  }
}

// Grants `path` read-only, except the denied files beneath it: a dir that
// holds one is listed, and its children are granted one by one.
bool allow_tree(int ruleset, const std::filesystem::path& path, const std::set<std::filesystem::path>& denied_ancestors) {
  if (!denied_ancestors.count(path)) return allow_path(ruleset, path.string(), kReadOnly);
  bool ok = allow_path(ruleset, path.string(), LANDLOCK_ACCESS_FS_READ_DIR);
  std::error_code ec;
  for (const auto& child : std::filesystem::directory_iterator(path, ec))
    if (!denied_file(child.path())) ok = allow_tree(ruleset, child.path(), denied_ancestors) && ok;
  return ok;
}

std::set<std::string> library_dirs() {
  std::set<std::string> dirs;
  std::ifstream maps("/proc/self/maps");
  std::string line;
  while (std::getline(maps, line)) {
    const auto slash = line.find('/');
    if (slash == std::string::npos || line.find(".so", slash) == std::string::npos) continue;
    dirs.insert(std::filesystem::path(line.substr(slash)).parent_path().string());
  }
  return dirs;
}

// "/usr/lib/" and "/usr/lib" must be the same key in the set of ancestors.
std::filesystem::path normal(const std::string& path) {
  std::filesystem::path p = std::filesystem::path(path).lexically_normal();
  return p.has_filename() || p == p.root_path() ? p : p.parent_path();
}

}  // namespace

LandlockPaths landlock_paths(const std::string& scratch_dir) {
  LandlockPaths paths;
  for (const auto& entry : harness().attr("sys_path")().cast<std::vector<std::string>>()) paths.read_only.push_back(entry);
  for (const auto& dir : library_dirs()) paths.read_only.push_back(dir);
  paths.read_only.push_back("/dev/null");
  paths.read_only.push_back("/dev/urandom");
  // The scratch dir is our cwd. By its absolute name it may be out of reach
  // for the sandbox user (a private TMPDIR), but "." always resolves.
  (void)scratch_dir;
  paths.read_write = ".";
  return paths;
}

void restrict_filesystem(const LandlockPaths& paths, LayerReport& report) {
  if (report.skip_if_disabled("landlock")) return;
  const int abi = landlock_abi();
  if (abi < 1) return report.missing("landlock", "the kernel has no Landlock (needs Linux 5.13+ with landlock in the LSM list)");
  RulesetAttr attr{handled_fs(abi), abi >= 4 ? (kNetBindTcp | kNetConnectTcp) : 0, abi >= 6 ? (kScopeAbstractUnix | kScopeSignal) : 0};
  const std::size_t attr_size = abi >= 6 ? sizeof(RulesetAttr) : abi >= 4 ? 2 * sizeof(std::uint64_t) : sizeof(std::uint64_t);
  const int ruleset = static_cast<int>(::syscall(SYS_landlock_create_ruleset, &attr, attr_size, 0));
  if (ruleset < 0) return report.missing("landlock", errno_text("landlock_create_ruleset"));
  std::set<std::filesystem::path> denied_ancestors;
  for (const auto& path : paths.read_only) collect_denied_ancestors(normal(path), 1, denied_ancestors);
  bool ok = allow_path(ruleset, paths.read_write, attr.handled_access_fs);
  for (const auto& path : paths.read_only) ok = allow_tree(ruleset, normal(path), denied_ancestors) && ok;
  ok = ok && ::syscall(SYS_landlock_restrict_self, ruleset, 0) == 0;
  const std::string failure = ok ? "" : errno_text("landlock rules");
  ::close(ruleset);
  if (!ok) return report.missing("landlock", failure);
  report.active("landlock", "ABI " + std::to_string(abi));
}

}  // namespace pyjudge::runner
