#include "runner/import_scan.hpp"

#include <algorithm>
#include <iterator>

#include "runner/interpreter.hpp"

namespace py = pybind11;

namespace pyjudge::runner {
namespace {

std::vector<std::string> imported_by(const py::list& sources) {
  return harness().attr("imported_modules")(sources).cast<std::vector<std::string>>();
}

// Every test's driver and modules, one after another: the key of their part.
std::string tests_key(const protocol::Job& job) {
  std::string key;
  for (const auto& test : job.tests) {
    key.append(test.code).push_back('\0');
    for (const auto& m : test.modules) key.append(m.source).push_back('\0');
    key.push_back('\1');
  }
  return key;
}

}  // namespace

const std::vector<std::string>& ImportScan::tests_modules(const protocol::Job& job) {
  std::string key = tests_key(job);
  const auto known = std::find_if(tests_.begin(), tests_.end(), [&](const auto& e) { return e.first == key; });
  if (known != tests_.end()) {
    tests_.splice(tests_.begin(), tests_, known);
    return tests_.front().second;
  }
  py::list sources;
  for (const auto& test : job.tests) {
    sources.append(test.code);
    for (const auto& m : test.modules) sources.append(m.source);
  }
  tests_.emplace_front(std::move(key), imported_by(sources));
  if (tests_.size() > kRememberedExercises) tests_.pop_back();
  return tests_.front().second;
}

std::vector<std::string> ImportScan::modules_of(const protocol::Job& job) {
  py::list candidate;
  candidate.append(job.source);
  const std::vector<std::string> own = imported_by(candidate);
  const std::vector<std::string>& tests = tests_modules(job);
  std::vector<std::string> all;
  std::set_union(own.begin(), own.end(), tests.begin(), tests.end(), std::back_inserter(all));
  return all;
}

}  // namespace pyjudge::runner
