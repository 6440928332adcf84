// Reading a candidate's file: never blocks, never reads more than asked.
#include <doctest/doctest.h>

#include <sys/stat.h>

#include <fstream>

#include "judge/errors.hpp"
#include "judge/source/source_file.hpp"
#include "support/temp_exercise.hpp"

using namespace pyjudge;

TEST_CASE("a regular file is read whole, or measured when larger than the cap") {
  testing::TempDir dir;
  std::ofstream(dir.path / "a.py", std::ios::binary) << "x = 1\n";
  const SourceFile small = read_source_file(dir.path / "a.py", 100);
  CHECK(small.bytes == "x = 1\n");
  CHECK(small.size == 6);
  CHECK_FALSE(small.larger_than_cap);
  const SourceFile large = read_source_file(dir.path / "a.py", 5);
  CHECK(large.larger_than_cap);
  CHECK(large.size == 6);
  CHECK(large.bytes.empty());
}

TEST_CASE("a FIFO, a folder or a missing file is refused at once with the reason") {
  testing::TempDir dir;
  REQUIRE(::mkfifo((dir.path / "pipe.py").c_str(), 0600) == 0);
  CHECK_THROWS_WITH_AS(read_source_file(dir.path / "pipe.py", 100), "not a regular file", SourceFileError);
  std::filesystem::create_directory(dir.path / "folder.py");
  CHECK_THROWS_WITH_AS(read_source_file(dir.path / "folder.py", 100), "is a folder, not a file", SourceFileError);
  CHECK_THROWS_WITH_AS(read_source_file(dir.path / "missing.py", 100), "No such file or directory", SourceFileError);
  CHECK_THROWS_WITH_AS(read_solution_file(dir.path / "pipe.py"),
                       ("cannot read the solution file " + (dir.path / "pipe.py").string() + ": not a regular file").c_str(),
                       UsageError);
}
