// One submission's report for people, on a terminal.
#pragma once

#include <ostream>

#include "judge/grading/verdict.hpp"

namespace pyjudge {

struct TerminalStyle {
  bool colour = false;
  static TerminalStyle for_stream(int fd);  // colour only on a TTY, never with NO_COLOR
};

void print_terminal_report(std::ostream& out, const SubmissionResult& result, const TerminalStyle& style);

}  // namespace pyjudge
