// Reporters: a terminal view for people and a JSON document for machines
// (schema in docs/json-report.md).
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>

#include "verdict.hpp"

namespace pyjudge {

struct TerminalStyle {
  bool colour = false;
  static TerminalStyle for_stream(int fd);  // colour only on a TTY, never with NO_COLOR
};

void print_terminal_report(std::ostream& out, const SubmissionResult& result, const TerminalStyle& style);
nlohmann::json json_report(const SubmissionResult& result);

}  // namespace pyjudge
