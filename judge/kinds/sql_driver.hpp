// How a SQL exercise runs on the Python machinery: the learner's .sql file
// becomes a one-line Python module holding its text, and each test becomes a
// Python driver that builds the fixture in an in-memory SQLite database inside
// the sandbox, runs the learner's named statements, and observes the rows.
// The expected rows stay in the judge (invariant 1, docs/architecture.md).
#pragma once

#include <string>
#include <vector>

#include "judge/spec/exercise.hpp"

namespace pyjudge {

// The module the runner imports in place of the learner's SQL.
std::string sql_candidate_module(const std::string& sql_text);
// The driver of one SQL test; `queries` are the exercise's named statements.
std::string sql_test_driver(const SqlQuery& test, const std::string& fixture_sql, const std::vector<std::string>& queries,
                            const std::string& filename);

}  // namespace pyjudge
