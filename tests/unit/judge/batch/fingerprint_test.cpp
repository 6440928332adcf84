// The batch fingerprint: what changes it and what does not.
#include <doctest/doctest.h>

#include <fstream>

#include "judge/batch/fingerprint.hpp"
#include "support/temp_exercise.hpp"

using namespace pyjudge;
namespace fs = std::filesystem;

namespace {

PlannedSubmission planned(const std::string& submitter, const std::string& content) {
  PlannedSubmission p;
  p.entry.submitter = submitter;
  p.entry.exercise = "demo";
  p.entry.path = submitter + "/demo.py";
  p.content_sha256 = content;
  return p;
}

}  // namespace

TEST_CASE("the fingerprint changes with a submission's content, name or error, and with the exercise's tests") {
  testing::TempDir catalog;
  fs::create_directories(catalog.path / "demo" / "wrong");
  std::ofstream(catalog.path / "demo" / "exercise.yaml") << "title: x\n";
  std::ofstream(catalog.path / "demo" / "tests.yaml") << "- name: t\n";
  std::ofstream(catalog.path / "demo" / "solution.py") << "x = 1\n";
  const std::vector<PlannedSubmission> batch = {planned("amy", "aa"), planned("bob", "bb")};
  const std::string base = batch_fingerprint(batch, catalog.path);
  CHECK(base.size() == 64);
  CHECK(batch_fingerprint(batch, catalog.path) == base);

  auto changed = batch;
  changed[1].content_sha256 = "bc";
  CHECK(batch_fingerprint(changed, catalog.path) != base);
  changed = batch;
  changed[1].entry.submitter = "bo";
  CHECK(batch_fingerprint(changed, catalog.path) != base);
  changed = batch;
  changed[1].entry.error = "cannot read";
  CHECK(batch_fingerprint(changed, catalog.path) != base);
  CHECK(batch_fingerprint({batch[0]}, catalog.path) != base);

  // The reference and the known-wrong solutions do not grade anything.
  std::ofstream(catalog.path / "demo" / "solution.py") << "x = 2\n";
  std::ofstream(catalog.path / "demo" / "wrong" / "w.py") << "x = 3\n";
  CHECK(batch_fingerprint(batch, catalog.path) == base);
  std::ofstream(catalog.path / "demo" / "tests.yaml") << "- name: u\n";
  CHECK(batch_fingerprint(batch, catalog.path) != base);
}
