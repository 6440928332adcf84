// Where pyjudge finds its catalog and runner: in the build tree, in an install
// prefix (wherever it was moved), or where the environment says.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "judge/install/layout.hpp"
#include "judge/spec/catalog.hpp"
#include "judge/errors.hpp"
#include "support/temp_exercise.hpp"

using namespace pyjudge;
namespace fs = std::filesystem;

namespace {

// PREFIX/bin, with the installed catalog and runner when asked for.
fs::path make_prefix(const fs::path& prefix, bool catalog, bool runner) {
  fs::create_directories(prefix / "bin");
  if (catalog) fs::create_directories(prefix / "share" / "pyjudge" / "exercises");
  if (runner) {
    fs::create_directories(prefix / "libexec" / "pyjudge");
    std::ofstream(prefix / "libexec" / "pyjudge" / "pyjudge-runner") << "";
  }
  return prefix / "bin";
}

}  // namespace

TEST_CASE("the catalog: --exercises, then $PYJUDGE_EXERCISES, then the installed share dir") {
  testing::TempDir tmp("pyjudge-layout-test");
  const auto bin = make_prefix(tmp.path / "prefix", true, false);
  const auto installed = tmp.path / "prefix" / "share" / "pyjudge" / "exercises";

  auto chosen = locate_catalog("/from/option", "/from/env", bin);
  CHECK(chosen.path == "/from/option");
  CHECK(chosen.source == "--exercises");
  chosen = locate_catalog("", "/from/env", bin);
  CHECK(chosen.path == "/from/env");
  CHECK(chosen.source == "$PYJUDGE_EXERCISES");
  chosen = locate_catalog("", "", bin);  // an empty variable counts as unset
  CHECK(chosen.path == installed);
  CHECK(chosen.source == "installed");
}

TEST_CASE("a binary outside its build tree never falls back to the source tree") {
  testing::TempDir tmp("pyjudge-layout-test");
  const auto bin = make_prefix(tmp.path / "moved", false, false);
  const auto chosen = locate_catalog("", nullptr, bin);
  CHECK(chosen.path == tmp.path / "moved" / "share" / "pyjudge" / "exercises");
  CHECK(chosen.source == "installed");
  // ... and the commands that need it say which folder is missing.
  const std::string message = chosen.path.string() + ": no such folder";
  CHECK_THROWS_WITH_AS(catalog_slugs(chosen.path), doctest::Contains(message.c_str()), UsageError);
}

TEST_CASE("a binary in the build tree uses the source tree's catalog") {
  // The unit tests are built into the same bin folder as pyjudge.
  const auto chosen = locate_catalog("", nullptr, executable_dir());
  CHECK(chosen.path == fs::path(PYJUDGE_SOURCE_DIR) / "exercises");
  CHECK(chosen.source == "source tree");
  CHECK(catalog_slugs(chosen.path).size() > 10);
}

TEST_CASE("the runner: $PYJUDGE_RUNNER, then next to pyjudge, then libexec") {
  testing::TempDir tmp("pyjudge-layout-test");
  const auto bin = make_prefix(tmp.path / "prefix", false, true);
  CHECK(locate_runner("/from/env", bin).path == "/from/env");
  auto chosen = locate_runner(nullptr, bin);
  CHECK(chosen.path == tmp.path / "prefix" / "libexec" / "pyjudge" / "pyjudge-runner");
  CHECK(chosen.source == "installed");
  std::ofstream(bin / "pyjudge-runner") << "";
  chosen = locate_runner(nullptr, bin);
  CHECK(chosen.path == bin / "pyjudge-runner");
  CHECK(chosen.source == "next to pyjudge");
  CHECK(locate_runner(nullptr, executable_dir()).path == executable_dir() / "pyjudge-runner");
}
