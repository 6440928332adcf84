#include "judge/install/layout.hpp"

#include <limits.h>
#include <unistd.h>

#include <cstdlib>

namespace pyjudge {
namespace fs = std::filesystem;

namespace {

// PREFIX/bin/pyjudge: the folders cmake/Install.cmake installs into, under PREFIX.
fs::path installed_catalog(const fs::path& bin_dir) { return bin_dir.parent_path() / PYJUDGE_CATALOG_DIR; }

fs::path installed_runner(const fs::path& bin_dir) { return bin_dir.parent_path() / PYJUDGE_RUNNER_DIR / "pyjudge-runner"; }

// The source tree is only trusted by the binary that was built from it: a copy
// elsewhere must not quietly read a developer's plain (unsealed) catalog.
bool in_build_tree(const fs::path& bin_dir) {
  std::error_code ec;
  return !bin_dir.empty() && fs::equivalent(bin_dir, PYJUDGE_BUILD_BIN_DIR, ec);
}

bool is_dir(const fs::path& p) {
  std::error_code ec;
  return fs::is_directory(p, ec);
}

bool is_file(const fs::path& p) {
  std::error_code ec;
  return fs::is_regular_file(p, ec);
}

}  // namespace

fs::path executable_dir() {
  char self[PATH_MAX];
  const ssize_t n = ::readlink("/proc/self/exe", self, sizeof self - 1);
  if (n <= 0) return {};
  self[n] = '\0';
  return fs::path(self).parent_path();
}

Location locate_catalog(const std::string& option, const char* env, const fs::path& bin_dir) {
  if (!option.empty()) return {option, "--exercises"};
  if (env && *env) return {env, "$PYJUDGE_EXERCISES"};
  const auto installed = installed_catalog(bin_dir);
  if (is_dir(installed)) return {installed, "installed"};
  if (in_build_tree(bin_dir)) return {PYJUDGE_SOURCE_EXERCISES, "source tree"};
  return {installed, "installed"};
}

Location locate_catalog(const std::string& option) {
  return locate_catalog(option, std::getenv("PYJUDGE_EXERCISES"), executable_dir());
}

Location locate_runner(const char* env, const fs::path& bin_dir) {
  if (env && *env) return {env, "$PYJUDGE_RUNNER"};
  const auto beside = bin_dir / "pyjudge-runner";
  if (is_file(beside) || in_build_tree(bin_dir)) return {beside, "next to pyjudge"};
  return {installed_runner(bin_dir), "installed"};
}

Location locate_runner() { return locate_runner(std::getenv("PYJUDGE_RUNNER"), executable_dir()); }

}  // namespace pyjudge
