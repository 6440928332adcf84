// One submission as the judge sends it (JSON in a Job frame; see docs/protocol.md).
// The judge is trusted, but the job is still validated: a malformed job is a
// judge bug reported as setup failure, not undefined behaviour.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace pyjudge::runner {

struct Limits {
  std::uint32_t cpu_ms = 2000;
  std::uint32_t wall_ms = 5000;
  std::uint32_t memory_mb = 256;
  std::uint32_t output_kb = 64;
};

struct JobTest {
  std::string name;
  std::string kind;  // "call" or "code"
  std::string code;
  Limits limits;
};

struct Rules {
  std::vector<std::string> forbid_imports, forbid_names;
  std::string require_generator, require_class;
  std::uint64_t max_source_bytes = 65536;
};

struct Job {
  std::string source;
  std::string filename;  // e.g. "find_duplicates.py": what tracebacks show
  std::string module;    // the module name the candidate is imported as
  std::vector<std::string> entry_points;
  Rules rules;
  std::vector<JobTest> tests;
  bool require_sandbox = false;              // refuse to run tests when a layer is missing
  unsigned parallel_tests = 1;               // test processes running at once
  std::vector<std::string> disable_layers;  // for tests of degraded hosts
};

Job parse_job(std::string_view json);  // throws std::runtime_error

}  // namespace pyjudge::runner
