// A Job: one submission as the judge sends it to a runner (JSON in a Job
// frame; docs/protocol.md). The judge builds it from an Exercise
// (judge/run/job_builder.hpp); the runner decodes it. Expected values,
// `raises`, `stdout` and comparators are not part of it: they never leave the
// judge (invariant 1, docs/architecture.md).
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace pyjudge::protocol {

// Per-test limits; an exercise's defaults and each test's overrides.
struct Limits {
  std::uint32_t cpu_ms = 2000;
  std::uint32_t wall_ms = 5000;
  std::uint32_t memory_mb = 256;
  std::uint32_t output_kb = 64;
  bool operator==(const Limits&) const = default;
};

// Static rules, checked on the candidate's source before it runs (docs/spec-format.md).
struct Rules {
  std::vector<std::string> forbid_imports, forbid_names;
  std::string require_generator, require_class;
  std::uint64_t max_source_bytes = 65536;
  bool operator==(const Rules&) const = default;
};

// A Python module a test puts in place (sys.modules) before the candidate's
// module loads: the implementation a write-the-tests exercise's tests import.
struct JobModule {
  std::string name;
  std::string source;
  bool operator==(const JobModule&) const = default;
};

struct JobTest {
  std::string name;
  std::string kind;  // "call" or "code"
  std::string code;
  Limits limits;
  std::vector<JobModule> modules;
  bool operator==(const JobTest&) const = default;
};

struct Job {
  std::string source;
  std::string filename;  // e.g. "find_duplicates.py": what tracebacks show
  std::string module;    // the module name the candidate is imported as
  std::vector<std::string> entry_points;
  Rules rules;
  std::vector<JobTest> tests;
  bool require_sandbox = false;              // refuse to run tests when a layer is missing
  std::uint32_t parallel_tests = 1;          // test processes running at once (1-16)
  std::vector<std::string> disable_layers;  // for tests of degraded hosts
  bool operator==(const Job&) const = default;
};

// The most tests one job may carry; a frame is bounded by wire::kMaxFrameBytes.
inline constexpr std::size_t kMaxJobTests = 10000;

class JobError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

std::string encode_job(const Job& job);
// Strict: a missing or unknown key, a wrong type, a test kind other than call
// or code, or more than kMaxJobTests tests throws JobError naming it.
Job decode_job(std::string_view json);

}  // namespace pyjudge::protocol
