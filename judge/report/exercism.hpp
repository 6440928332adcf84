// results.json version 3 of the Exercism test-runner interface
// (exercism.org/docs/building/tooling/test-runners/interface): for
// `pyjudge check --format exercism` and `pyjudge grade --exercism DIR`.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "judge/spec/exercise.hpp"
#include "judge/grading/verdict.hpp"

namespace pyjudge {

// status error when no test could run (syntax error, broken rule, judge
// failure), fail when any test did not pass, pass otherwise. Hidden tests
// show their name, status and message only: no code, no output.
nlohmann::json exercism_results(const Exercise& exercise, const SubmissionResult& result);
// For a submission that could not be graded at all (unknown exercise).
nlohmann::json exercism_error(const std::string& message);

}  // namespace pyjudge
