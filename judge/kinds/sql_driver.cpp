#include "judge/kinds/sql_driver.hpp"

#include "judge/kinds/python_literal.hpp"

namespace pyjudge {
namespace {

// Runs in the sandbox, in the test's driver (so that none of it shows in the
// learner's tracebacks). _PYJUDGE_SQL is the learner's file (sql_candidate_module).
constexpr const char* kHelpers = R"PY(import sqlite3 as _pj_sqlite3


def _pj_sections(script, names):
    """{name: (first line, text)}: the whole file when the exercise has one
    query and the file names none, else the lines after each `-- query: NAME`."""
    marked = [line.strip()[9:].strip() for line in script.splitlines() if line.strip().lower().startswith("-- query:")]
    if len(names) == 1 and not marked:
        return {names[0]: (1, script)}
    sections, current, start, lines = {}, None, 0, []
    for number, line in enumerate(script.splitlines(keepends=True), 1):
        if line.strip().lower().startswith("-- query:"):
            if current is not None:
                sections[current] = (start, "".join(lines))
            current, start, lines = line.strip()[9:].strip(), number + 1, []
        elif current is not None:
            lines.append(line)
    if current is not None:
        sections[current] = (start, "".join(lines))
    return sections


def _pj_statements(text, first_line):
    """(line, statement) for each complete statement, in order; a last one may lack its semicolon."""
    statements, buffer, start = [], "", None
    for number, line in enumerate(text.splitlines(keepends=True), first_line):
        if start is None and (not line.strip() or line.lstrip().startswith("--")):
            continue  # a statement's line is its first line of SQL, not a comment above it
        if start is None:
            start = number
        buffer += line
        if _pj_sqlite3.complete_statement(buffer):
            statements.append((start, buffer))
            buffer, start = "", None
    if buffer.strip() and not all(l.strip().startswith("--") or not l.strip() for l in buffer.splitlines()):
        statements.append((start, buffer))
    return statements


def _pj_run(fixture, query, params, check, columns, queries, filename):
    sections = _pj_sections(_PYJUDGE_SQL, queries)
    if query not in sections:
        raise LookupError(f"{filename} has no query named {query!r}: start it with a line `-- query: {query}`")
    first, text = sections[query]
    statements = _pj_statements(text, first)
    if not statements:
        raise LookupError(f"the query {query!r} in {filename} holds no statement")
    connection = _pj_sqlite3.connect(":memory:")
    connection.executescript(fixture)
    cursor = None
    for line, statement in statements:
        try:
            cursor = connection.execute(statement, params or {})
        except _pj_sqlite3.Error as error:
            error.args = (f"{error} ({filename}, line {line})",)
            raise error.with_traceback(None) from None
    if check:
        cursor = connection.execute(check)
    observe([list(row) for row in cursor.fetchall()])
    if columns:
        observe([column[0] for column in cursor.description or ()])
)PY";

}  // namespace

std::string sql_candidate_module(const std::string& sql_text) { return "_PYJUDGE_SQL = " + python_str_literal(sql_text) + "\n"; }

std::string sql_test_driver(const SqlQuery& t, const std::string& fixture_sql, const std::vector<std::string>& queries,
                            const std::string& filename) {
  std::string names = "[";
  for (std::size_t i = 0; i < queries.size(); ++i) names += (i ? ", " : "") + python_str_literal(queries[i]);
  names += "]";
  return std::string(kHelpers) + "\n\n_pj_run(" + python_str_literal(fixture_sql) + ", " + python_str_literal(t.query) + ", " +
         (t.params ? python_literal(*t.params) : "None") + ", " + (t.check.empty() ? "None" : python_str_literal(t.check)) +
         ", " + (t.columns ? "True" : "False") + ", " + names + ", " + python_str_literal(filename) + ")\n";
}

}  // namespace pyjudge
