// Verdicts decided by how a test process ended, before looking at what it
// said: killed at a limit, a trapped system call, a signal, memory measured
// from outside, no result or a forged one (invariants 4 and 6,
// docs/architecture.md).
#pragma once

#include "judge/grading/verdict.hpp"
#include "judge/spec/exercise.hpp"
#include "protocol/messages.hpp"

namespace pyjudge {

// True when the way the process ended decides the test's verdict (set in `out`).
bool judge_termination(const TestCase& test, const protocol::TestRecord& record, TestResult& out);

}  // namespace pyjudge
