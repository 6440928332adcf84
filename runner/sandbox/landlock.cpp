#include "runner/sandbox/landlock.hpp"

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

#include "runner/interpreter.hpp"
#include "runner/sandbox/denied_extensions.hpp"

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

// Marks `dir`, when it holds a denied extension module, and all its ancestors:
// the dirs that cannot be granted whole.
void collect_denied_ancestors(const std::filesystem::path& dir, std::set<std::filesystem::path>& ancestors) {
  std::error_code ec;
  for (const auto& child : std::filesystem::directory_iterator(dir, ec)) {
    if (!is_denied_extension(child.path()) || child.path().extension() != ".so") continue;
    for (std::filesystem::path p = dir; !p.empty() && p != p.root_path(); p = p.parent_path()) ancestors.insert(p);
    return;
  }
}

struct ReadGrant {
  std::string path;
  bool whole;  // read-only beneath it; otherwise the dir itself may only be listed
};

// `path` read-only, except the denied files beneath it: a dir that holds one
// may be listed, and its children are granted one by one.
void plan_tree(const std::filesystem::path& path, const std::set<std::filesystem::path>& denied_ancestors,
               std::vector<ReadGrant>& grants) {
  if (!denied_ancestors.count(path)) return grants.push_back({path.string(), true});
  grants.push_back({path.string(), false});
  std::error_code ec;
  for (const auto& child : std::filesystem::directory_iterator(path, ec))
    if (!is_denied_extension(child.path())) plan_tree(child.path(), denied_ancestors, grants);
}

// "/usr/lib/" and "/usr/lib" must be the same key in the set of ancestors.
std::filesystem::path normal(const std::string& path) {
  std::filesystem::path p = std::filesystem::path(path).lexically_normal();
  return p.has_filename() || p == p.root_path() ? p : p.parent_path();
}

bool within_any(const std::filesystem::path& path, const std::vector<std::string>& dirs) {
  for (const auto& dir : dirs) {
    const auto relative = path.lexically_relative(normal(dir));
    if (!relative.empty() && *relative.begin() != "..") return true;
  }
  return false;
}

// Listing dirs is the slow part (~8 ms with /usr/lib/<triplet>); every
// submission of a warm runner asks for the same paths, so the last answer is
// kept, and the runner works it out once before it forks any submission.
const std::vector<ReadGrant>& read_grants(const LandlockPaths& paths) {
  static LandlockPaths planned_for;
  static std::vector<ReadGrant> grants;
  static bool planned = false;
  if (planned && paths.stdlib == planned_for.stdlib && paths.libraries == planned_for.libraries) return grants;
  std::set<std::filesystem::path> denied_ancestors;
  // Extension modules lie directly in a sys.path dir (lib-dynload); its
  // ancestors (the stdlib dir) are expanded with it.
  for (const auto* list : {&paths.stdlib, &paths.libraries})
    for (const auto& path : *list) collect_denied_ancestors(normal(path), denied_ancestors);
  grants.clear();
  for (const auto* list : {&paths.stdlib, &paths.libraries})
    for (const auto& path : *list) plan_tree(normal(path), denied_ancestors, grants);
  planned_for = paths;
  planned = true;
  return grants;
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

}  // namespace

LandlockPaths landlock_paths() {
  LandlockPaths paths;
  paths.stdlib = harness().attr("sys_path")().cast<std::vector<std::string>>();
  // lib-dynload is on sys.path already; leaving it out here also keeps the
  // list the same once a submission has loaded an extension module from it,
  // so the plan made before the fork still applies (read_grants).
  for (const auto& dir : library_dirs())
    if (!within_any(normal(dir), paths.stdlib)) paths.libraries.push_back(dir);
  paths.libraries.push_back("/dev/null");
  paths.libraries.push_back("/dev/urandom");
  // The scratch dir is our cwd. By its absolute name it may be out of reach
  // for the sandbox user (a private TMPDIR), but "." always resolves.
  paths.read_write = ".";
  return paths;
}

void plan_filesystem_rules(const LandlockPaths& paths) { read_grants(paths); }

void restrict_filesystem(const LandlockPaths& paths, LayerReport& report) {
  if (report.skip_if_disabled("landlock")) return;
  const int abi = landlock_abi();
  if (abi < 1) return report.missing("landlock", "the kernel has no Landlock (needs Linux 5.13+ with landlock in the LSM list)");
  RulesetAttr attr{handled_fs(abi), abi >= 4 ? (kNetBindTcp | kNetConnectTcp) : 0, abi >= 6 ? (kScopeAbstractUnix | kScopeSignal) : 0};
  const std::size_t attr_size = abi >= 6 ? sizeof(RulesetAttr) : abi >= 4 ? 2 * sizeof(std::uint64_t) : sizeof(std::uint64_t);
  const int ruleset = static_cast<int>(::syscall(SYS_landlock_create_ruleset, &attr, attr_size, 0));
  if (ruleset < 0) return report.missing("landlock", errno_text("landlock_create_ruleset"));
  bool ok = allow_path(ruleset, paths.read_write, attr.handled_access_fs);
  for (const ReadGrant& grant : read_grants(paths))
    ok = allow_path(ruleset, grant.path, grant.whole ? kReadOnly : LANDLOCK_ACCESS_FS_READ_DIR) && ok;
  ok = ok && ::syscall(SYS_landlock_restrict_self, ruleset, 0) == 0;
  const std::string failure = ok ? "" : errno_text("landlock rules");
  ::close(ruleset);
  if (!ok) return report.missing("landlock", failure);
  report.active("landlock", "ABI " + std::to_string(abi));
}

}  // namespace pyjudge::runner
