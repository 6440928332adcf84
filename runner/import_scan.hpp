// The allowed modules a job's sources import (harness.py, imported_modules),
// found by parsing them: what a launcher or zygote imports before any sandbox
// layer. A job's test sources are the same for every submission of an
// exercise, so their part is remembered for the last few exercises and only the
// candidate's file is parsed for each job (~3 ms a submission saved).
#pragma once

#include <list>
#include <string>
#include <utility>
#include <vector>

#include "protocol/job.hpp"

namespace pyjudge::runner {

class ImportScan {
 public:
  static constexpr std::size_t kRememberedExercises = 8;
  // Sorted, without repeats. Throws what parsing threw (not a syntax error:
  // a source that does not parse imports nothing).
  std::vector<std::string> modules_of(const protocol::Job& job);

 private:
  const std::vector<std::string>& tests_modules(const protocol::Job& job);
  std::list<std::pair<std::string, std::vector<std::string>>> tests_;  // by the tests' sources, most recent first
};

}  // namespace pyjudge::runner
