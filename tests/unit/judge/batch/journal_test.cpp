// The journal of a grade run: written line by line, read back to resume.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "judge/batch/journal.hpp"
#include "judge/errors.hpp"
#include "judge/report/batch_json.hpp"
#include "support/batch_fixture.hpp"
#include "support/temp_exercise.hpp"

using namespace pyjudge;
using namespace pyjudge::testing;
namespace fs = std::filesystem;

namespace {

const JournalHeader kHeader{"f00d", Shard{1, 3}, false, 3};

std::vector<BatchEntry> planned() {
  std::vector<BatchEntry> plan;
  for (const char* who : {"amy", "bob", "cy"}) {
    BatchEntry e = graded(who, "vector", {});
    e.result = {};
    plan.push_back(e);
  }
  return plan;
}

std::string text_of(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST_CASE("each finished submission is one line, resuming reads them back by their place in the plan") {
  TempDir dir;
  const fs::path path = dir.path / "r.json.journal";
  {
    Journal journal = Journal::start(path, kHeader);
    journal.record(2, graded("cy", "vector", {test("a", Verdict::WrongAnswer)}));
    journal.record(0, graded("amy", "vector", {test("a", Verdict::Accepted)}));
    CHECK(journal.error().empty());
  }
  std::map<std::size_t, BatchEntry> done;
  Journal again = Journal::resume(path, kHeader, planned(), done);
  REQUIRE(done.size() == 2);
  CHECK(done.at(0).result.verdict == Verdict::Accepted);
  CHECK(done.at(2).result.verdict == Verdict::WrongAnswer);
  CHECK(done.at(2).submitter == "cy");
  again.record(1, graded("bob", "vector", {test("a", Verdict::Accepted)}));
  done.clear();
  Journal::resume(path, kHeader, planned(), done);
  CHECK(done.size() == 3);
  again.remove();
  CHECK_FALSE(fs::exists(path));
}

TEST_CASE("a journal of another batch, shard or sandbox option is refused, saying which") {
  TempDir dir;
  const fs::path path = dir.path / "j";
  Journal::start(path, kHeader);
  std::map<std::size_t, BatchEntry> done;
  auto refusal = [&](JournalHeader header) {
    try {
      Journal::resume(path, header, planned(), done);
    } catch (const UsageError& e) {
      return std::string(e.what());
    }
    return std::string("resumed");
  };
  CHECK(refusal({"beef", Shard{1, 3}, false, 3}).find("the journal of another batch") != std::string::npos);
  CHECK(refusal({"f00d", Shard{0, 3}, false, 3}).find("the journal of another shard") != std::string::npos);
  CHECK(refusal({"f00d", std::nullopt, false, 3}).find("the journal of another shard") != std::string::npos);
  CHECK(refusal({"f00d", Shard{1, 3}, true, 3}).find("--allow-weak-sandbox") != std::string::npos);
  CHECK(refusal(kHeader) == "resumed");
}

TEST_CASE("a last line cut short by a crash is dropped, a damaged line before it is refused with its number") {
  TempDir dir;
  const fs::path path = dir.path / "j";
  Journal::start(path, kHeader).record(0, graded("amy", "vector", {test("a", Verdict::Accepted)}));
  std::ofstream(path, std::ios::app) << "{\"index\": 1, \"submiss";
  std::map<std::size_t, BatchEntry> done;
  Journal::resume(path, kHeader, planned(), done).record(1, graded("bob", "vector", {test("a", Verdict::Accepted)}));
  CHECK(done.size() == 1);
  CHECK(text_of(path).find("submiss\"") == std::string::npos);  // cut off, and the next line starts on its own
  done.clear();
  Journal::resume(path, kHeader, planned(), done);
  CHECK(done.size() == 2);

  std::ofstream(path, std::ios::app) << "not json\n{\"index\": 2}\n";
  CHECK_THROWS_WITH_AS(Journal::resume(path, kHeader, planned(), done),
                       doctest::Contains("malformed"), UsageError);
  std::ofstream(dir.path / "k") << text_of(path).substr(0, text_of(path).find("not json")) << "{\"index\": 7, \"submission\": {}}\n";
  CHECK_THROWS_WITH_AS(Journal::resume(dir.path / "k", kHeader, planned(), done),
                       doctest::Contains("line 4 names submission #7, which this batch does not grade"), UsageError);
}

TEST_CASE("a journal left by a stopped run of this batch is recognised, with how many results it holds") {
  TempDir dir;
  const fs::path path = dir.path / "j";
  CHECK_FALSE(Journal::unfinished(path, kHeader));
  Journal::start(path, kHeader).record(1, graded("bob", "vector", {test("a", Verdict::Accepted)}));
  CHECK(Journal::unfinished(path, kHeader) == 1u);
  CHECK_FALSE(Journal::unfinished(path, {"beef", Shard{1, 3}, false, 3}));
  std::ofstream(path) << "not a journal\n";
  CHECK_FALSE(Journal::unfinished(path, kHeader));
}
