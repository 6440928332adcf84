// The messages the runner sends the judge, inside frames (docs/protocol.md):
// each with its encoder, used by the runner, and its strict decoder, used by
// the judge, which treats every byte as hostile (invariant 5,
// docs/architecture.md). The Job is in job.hpp, the test process's own result
// in child_result.hpp.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "protocol/wire.hpp"

namespace pyjudge::protocol {

// Bumped whenever a message changes; judge and runner must agree.
inline constexpr std::uint32_t kProtocolVersion = 8;

struct Hello {
  std::uint32_t protocol_version = kProtocolVersion;
  std::string python_version;
};

// What the submission process concluded before running tests.
struct SubmissionStatus {
  enum class Code : std::uint8_t { Ready = 0, SyntaxError = 1, RuleViolation = 2, SetupFailed = 3, SandboxIncomplete = 4 };
  Code code = Code::Ready;
  std::string message;
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  std::vector<std::string> active_layers;   // layer names
  std::vector<std::string> missing_layers;  // "name: why"
};

// One test as the supervisor saw it from outside (invariant 4, docs/architecture.md).
struct TestRecord {
  // Skipped: not run, because an earlier test (skipped_for) failed in the
  // candidate's module top level in a way this test would repeat.
  enum class End : std::uint8_t { Exited = 0, Signaled = 1, NotStarted = 2, Skipped = 3 };
  // Wall: idle (sleeping, blocked) at its wall-clock limit. Starved: busy, but
  // the host gave it so little CPU that its verdict could not be measured.
  enum class Kill : std::uint8_t { None = 0, Cpu = 1, Wall = 2, Output = 3, ResultSize = 4, Starved = 5 };
  // Whether the result carried the runner's per-test seal (see runner/result_seal.hpp).
  enum class Seal : std::uint8_t { Absent = 0, Valid = 1, Forged = 2 };
  std::uint32_t index = 0;
  End end = End::NotStarted;
  std::int32_t code = 0;  // exit status, or signal number
  Kill kill = Kill::None;
  std::uint64_t cpu_us = 0, wall_us = 0, peak_kb = 0, baseline_kb = 0;
  std::string out, err;
  bool output_truncated = false;
  Seal seal = Seal::Absent;
  bool locked_down = false;  // the test process finished its lockdown before running candidate code
  std::string violation;     // the system call seccomp trapped, e.g. "execve (running a program)"
  std::string result;  // the test process's result frame (child_result.hpp), seal removed; empty unless seal is Valid
  bool module_loaded = false;     // the candidate's module top level finished (said on the status pipe)
  std::uint32_t skipped_for = 0;  // End::Skipped: the index of the test whose top level failed
};

struct EndOfSubmission {
  bool signaled = false;
  std::int32_t code = 0;
};

// Whether the submission's running tests all wait (sleep, block: they use no
// CPU) or one of them computes again. `grade` lends a waiting submission's
// core to another submission (docs/grade.md, "Jobs").
struct Activity {
  bool waiting = false;
};

std::string encode(const Hello&);
std::string encode(const SubmissionStatus&);
std::string encode(const TestRecord&);
std::string encode(const EndOfSubmission&);
std::string encode(const Activity&);

Hello decode_hello(std::string_view payload);
SubmissionStatus decode_submission_status(std::string_view payload);
TestRecord decode_test_record(std::string_view payload);
EndOfSubmission decode_end(std::string_view payload);
Activity decode_activity(std::string_view payload);

}  // namespace pyjudge::protocol
