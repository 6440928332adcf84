// One submission's report for people, on a terminal.
#pragma once

#include <ostream>

#include "judge/grading/verdict.hpp"
#include "judge/report/terminal_style.hpp"

namespace pyjudge {

// A line per test (verdict, CPU time, name) with, below a failing one, its
// message and, for visible tests, the diff or traceback and the output. Tests
// that were all stopped the same way before running (a syntax error, a broken
// rule) are one line, after the reason.
void print_terminal_report(std::ostream& out, const SubmissionResult& result, const TerminalStyle& style);

}  // namespace pyjudge
