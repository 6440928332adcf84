// The errors the judge reports to whoever called it, one header for all:
// how the CLI maps each to an exit code is in cli/main.cpp.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace pyjudge {

// A mistake in how pyjudge was called: a bad option, an unknown exercise, an
// unreadable file (exit code 2).
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A problem in an exercise file, tied to file:line:column.
struct Diagnostic {
  std::string file;
  int line = 0;    // 1-based; 0 when the whole file is meant
  int column = 0;  // 1-based
  std::string message;
  std::string format() const;  // "file:line:column: message"
};

// Every problem found in an exercise's files (exit code 2).
class SpecError : public std::runtime_error {
 public:
  explicit SpecError(std::vector<Diagnostic> diagnostics);
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }

 private:
  std::vector<Diagnostic> diagnostics_;
};

// A runner that cannot be started, stops answering or breaks the protocol:
// the judge's failure, never the candidate's (invariant 7, docs/architecture.md).
class RunnerFailure : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// SIGINT or SIGTERM arrived while the judge waited for a runner (which has
// been killed): the caller stops, and the command exits with 128 + signal.
class Interrupted : public std::runtime_error {
 public:
  explicit Interrupted(int signal) : std::runtime_error("interrupted by signal " + std::to_string(signal)), signal_(signal) {}
  int signal() const { return signal_; }

 private:
  int signal_;
};

}  // namespace pyjudge
