// An exercise as loaded from exercise.yaml and tests.yaml. Expected values live
// here, in the judge, and are never sent to the runner (invariant 1, docs/architecture.md).
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "protocol/job.hpp"
#include "protocol/value.hpp"

namespace pyjudge {

// The same limits and rules the runner enforces: declared once, in the protocol.
using Limits = protocol::Limits;
using Rules = protocol::Rules;

struct Localized {
  std::string en, ru;
  const std::string& in(std::string_view lang) const { return lang == "ru" && !ru.empty() ? ru : en; }
};

enum class Comparator { Exact, Unordered, Set, Approx };

// What the learner writes (docs/spec-format.md, "Exercise kinds"): Python code,
// SQL run on SQLite, or tests run against an implementation and its mutants.
enum class ExerciseKind { Python, Sql, Tests };

// A test of a SQL exercise as its author wrote it; the loader turns it into a
// Python driver (judge/kinds/sql_driver.hpp) and `show` displays it.
struct SqlQuery {
  std::string fixture;          // the schema and rows it starts from
  std::string query;            // the learner's named statement(s) to run
  std::optional<Value> params;  // a dict bound to :name placeholders
  std::string check;            // the author's SELECT whose rows are observed afterwards; empty: the query's own rows
  bool columns = false;         // the column names are observed too
};

// A hidden test of a sealed catalog carries digests instead of its expected
// values (judge/spec/sealed_value.hpp, docs/spec-format.md "Sealed catalogs").
struct SealedExpectation {
  std::string salt;                                      // the exercise's, 32 hex digits
  std::optional<std::vector<std::string>> observations;  // a call: one digest; code: one per observation
  std::optional<std::string> stdout_digest;
};

struct TestCase {
  std::string name;    // the English title: what reports and progress name the test by
  Localized title;     // name in each language (ru may be empty: then the English one)
  std::string kind;  // "call" or "code"
  std::string code;
  std::optional<Value> expect;
  std::optional<std::string> raises;
  std::optional<std::string> expected_stdout;
  std::optional<SealedExpectation> sealed;  // instead of expect and expected_stdout
  Comparator compare = Comparator::Exact;
  double rel_tolerance = 1e-9;
  double abs_tolerance = 0.0;
  Limits limits;
  bool visible = false;
  double weight = 1.0;
  std::string origin;  // "file:line:column" of the test, for messages
  std::optional<SqlQuery> sql;                // kind sql: the test as written
  std::vector<protocol::JobModule> modules;  // kind tests: put in place before the learner's module loads
  std::string failure_message;                // said instead of "wrong answer" when set
};

struct Exercise {
  std::string slug;
  std::filesystem::path dir;
  Localized title, statement;
  std::string difficulty;
  std::vector<std::string> topics;
  std::string module;
  std::vector<std::string> entry_points;
  std::string starter;
  std::vector<Localized> hints;
  double points = 1.0;  // its weight in a gradebook's total (score × points)
  Limits limits;
  Rules rules;
  std::vector<TestCase> tests;  // visible examples first, then tests.yaml in order
  std::size_t examples = 0;     // how many of `tests` are exercise.yaml's examples
  bool has_hidden_tests = false;
  ExerciseKind kind = ExerciseKind::Python;
  std::vector<std::string> queries;               // sql: the named statements the learner's file holds
  std::map<std::string, std::string> fixtures;    // sql: name -> the SQL that builds it
  std::string implementation;                     // tests: the module the learner's tests import

  bool sealed = false;  // a learners' copy (`pyjudge seal`): no reference solution, no wrong/

  // The learner's file: "<module>.py", or "<module>.sql" for a SQL exercise.
  std::string solution_file() const { return module + (kind == ExerciseKind::Sql ? ".sql" : ".py"); }
};

inline const char* exercise_kind_name(ExerciseKind kind) {
  return kind == ExerciseKind::Sql ? "sql" : kind == ExerciseKind::Tests ? "tests" : "python";
}

}  // namespace pyjudge
