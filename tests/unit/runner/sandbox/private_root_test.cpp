// The private root's plan: which host paths are bound into the new root and
// which denied modules are masked. Built on a scratch tree, no mounts made.
#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "runner/sandbox/private_root.hpp"

namespace fs = std::filesystem;
using pyjudge::runner::LandlockPaths;
using pyjudge::runner::plan_private_root;

namespace {

struct ScratchTree {
  fs::path root = fs::temp_directory_path() / ("pyjudge-root-plan-" + std::to_string(::getpid()));
  ScratchTree() {
    for (const char* dir : {"usr/lib/python3.x/lib-dynload", "usr/lib64", "opt/lib"}) fs::create_directories(root / dir);
    for (const char* file : {"usr/lib/python3.x/lib-dynload/_ctypes.cpython-3x.so",
                             "usr/lib/python3.x/lib-dynload/_testcapi.cpython-3x.so",
                             "usr/lib/python3.x/lib-dynload/_json.cpython-3x.so", "usr/lib/python3.x/os.py"})
      std::ofstream(root / file) << "x";
  }
  ~ScratchTree() { fs::remove_all(root); }
  std::string operator()(const char* relative) const { return (root / relative).string(); }
};

}  // namespace

TEST_CASE("a dir inside another bound dir is not bound again, a sibling sharing a prefix is") {
  ScratchTree tree;
  LandlockPaths paths;
  paths.stdlib = {tree("usr/lib/python3.x"), tree("usr/lib/python3.x/lib-dynload")};
  paths.libraries = {tree("usr/lib"), tree("usr/lib64"), tree("opt/lib/")};
  const auto plan = plan_private_root(paths);
  CHECK(plan.dirs == std::vector<std::string>{tree("opt/lib"), tree("usr/lib"), tree("usr/lib64")});
}

TEST_CASE("files are bound as files and paths that do not exist are left out") {
  ScratchTree tree;
  LandlockPaths paths;
  paths.stdlib = {tree("usr/lib/python3.x"), tree("no/such/dir")};
  paths.libraries = {"/dev/null", tree("usr/lib/python3.x/os.py")};
  const auto plan = plan_private_root(paths);
  CHECK(plan.dirs == std::vector<std::string>{tree("usr/lib/python3.x")});
  CHECK(plan.files == std::vector<std::string>{"/dev/null", tree("usr/lib/python3.x/os.py")});
}

TEST_CASE("denied extension modules in a listed dir are masked, once each, and nothing else is") {
  ScratchTree tree;
  LandlockPaths paths;
  paths.stdlib = {tree("usr/lib/python3.x/lib-dynload"), tree("usr/lib/python3.x/lib-dynload/")};
  const auto plan = plan_private_root(paths);
  CHECK(plan.masked == std::vector<std::string>{tree("usr/lib/python3.x/lib-dynload/_ctypes.cpython-3x.so"),
                                                tree("usr/lib/python3.x/lib-dynload/_testcapi.cpython-3x.so")});
}
