// JUnit XML for CI (GitLab, Jenkins): one testsuite per submission, one
// testcase per test. The candidate's failures are <failure>; the judge's
// (internal_error) and ungraded submissions are <error>. See docs/grade.md.
#pragma once

#include <string>

#include "judge/batch/records.hpp"

namespace pyjudge {

std::string junit_report(const BatchRun& run);

}  // namespace pyjudge
