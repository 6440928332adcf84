// How `pyjudge verify` shows its findings: a terminal view (a matrix of
// wrong solutions by tests, the CPU calibration, warnings, failures) and JSON
// (schema in docs/cli.md).
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>
#include <vector>

#include "judge/report/terminal.hpp"
#include "judge/authoring/verification.hpp"

namespace pyjudge {

// `calibrate`: also the CPU limits verify --calibrate proposes (calibration.hpp).
void print_verification(std::ostream& out, const ExerciseVerification& v, const TerminalStyle& style, bool calibrate = false);
// The closing lines: the cell legend and "verified N exercises: ...".
void print_verification_summary(std::ostream& out, const std::vector<ExerciseVerification>& all, const TerminalStyle& style);
nlohmann::json verification_json(const std::vector<ExerciseVerification>& all, bool calibrate = false);

// One character per test verdict in the matrix: '.' passed, W wrong_answer, ...
char verdict_cell(Verdict v);

}  // namespace pyjudge
