// Files written whole or not at all.
#include <doctest/doctest.h>

#include <cerrno>
#include <fstream>
#include <sstream>

#include "judge/report/atomic_file.hpp"
#include "support/temp_exercise.hpp"

using namespace pyjudge;
namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

std::size_t files_in(const fs::path& dir) { return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), {})); }

}  // namespace

TEST_CASE("a file is replaced whole, and nothing else is left in its folder") {
  testing::TempDir dir;
  write_file_atomically(dir.path / "r.json", "old\n");
  write_file_atomically(dir.path / "r.json", "new\n");
  CHECK(read(dir.path / "r.json") == "new\n");
  CHECK(files_in(dir.path) == 1);
}

TEST_CASE("a file that cannot be written says why, and leaves the old one and no temporary file") {
  testing::TempDir dir;
  write_file_atomically(dir.path / "r.json", "old\n");
  fs::create_directory(dir.path / "r.xml");  // a folder in the way: the rename fails
  CHECK_THROWS_WITH_AS(write_file_atomically(dir.path / "r.xml", "<x/>"),
                       ("cannot write " + (dir.path / "r.xml").string() + ": Is a directory").c_str(), FileWriteError);
  CHECK_THROWS_WITH_AS(write_file_atomically(dir.path / "none" / "r.csv", "a"),
                       ("cannot write " + (dir.path / "none" / "r.csv").string() + ": No such file or directory").c_str(),
                       FileWriteError);
  CHECK(read(dir.path / "r.json") == "old\n");
  CHECK(files_in(dir.path) == 2);  // r.json and the folder r.xml
}

TEST_CASE("probing a folder: 0 where a file can be written, the errno where not") {
  testing::TempDir dir;
  CHECK(probe_folder_writable(dir.path) == 0);
  CHECK(files_in(dir.path) == 0);
  CHECK(probe_folder_writable(dir.path / "missing") == ENOENT);
}
