// Report destinations checked before grading.
#include <doctest/doctest.h>

#include "judge/errors.hpp"
#include "judge/report/files.hpp"
#include "support/temp_exercise.hpp"

using namespace pyjudge;
namespace fs = std::filesystem;

TEST_CASE("a report's destination: its folder must exist and take a file, and it must not be a folder") {
  testing::TempDir dir;
  CHECK_NOTHROW(check_report_file(dir.path / "r.json", "JSON report"));
  CHECK_THROWS_WITH_AS(check_report_file(dir.path / "none" / "r.json", "JSON report"),
                       ("cannot write the JSON report " + (dir.path / "none" / "r.json").string() + ": " +
                        (dir.path / "none").string() + ": No such file or directory").c_str(),
                       UsageError);
  fs::create_directory(dir.path / "out");
  CHECK_THROWS_WITH_AS(check_report_file(dir.path / "out", "CSV gradebook"),
                       ("cannot write the CSV gradebook " + (dir.path / "out").string() + ": Is a directory").c_str(), UsageError);
  CHECK(std::distance(fs::directory_iterator(dir.path), {}) == 1);  // the probes left nothing
}

TEST_CASE("a folder of reports may not exist yet: where it would be made must take files") {
  testing::TempDir dir;
  CHECK_NOTHROW(check_report_folder(dir.path / "a" / "b", "Exercism folder"));
  CHECK_FALSE(fs::exists(dir.path / "a"));
}

TEST_CASE("every report is written even when one fails, and each failure is named") {
  testing::TempDir dir;
  fs::create_directory(dir.path / "taken.xml");
  BatchRun run;
  ReportPaths paths;
  paths.json = (dir.path / "r.json").string();
  paths.junit = (dir.path / "taken.xml").string();
  paths.csv = (dir.path / "r.csv").string();
  const auto failures = write_batch_reports(run, {}, paths);
  REQUIRE(failures.size() == 1);
  CHECK(failures[0] == "cannot write " + (dir.path / "taken.xml").string() + ": Is a directory");
  CHECK(fs::is_regular_file(dir.path / "r.json"));
  CHECK(fs::is_regular_file(dir.path / "r.csv"));
}
