#include "judge/run/job_builder.hpp"

#include <algorithm>
#include <cstdlib>

#include "judge/kinds/sql_driver.hpp"

namespace pyjudge {

JobOptions JobOptions::from_environment() {
  JobOptions options;
  const char* require = std::getenv("PYJUDGE_REQUIRE_SANDBOX");
  options.require_sandbox = require && std::string(require) != "" && std::string(require) != "0";
  if (const char* disable = std::getenv("PYJUDGE_DISABLE_LAYERS")) {
    std::string list = disable;
    for (std::size_t start = 0; start <= list.size();) {
      const auto comma = std::min(list.find(',', start), list.size());
      if (comma > start) options.disable_layers.push_back(list.substr(start, comma - start));
      start = comma + 1;
    }
  }
  return options;
}

protocol::Job make_job(const Exercise& ex, const std::string& source, const JobOptions& options) {
  protocol::Job job;
  // A SQL file reaches the runner as a Python module that holds its text (judge/kinds/sql_driver.hpp).
  job.source = ex.kind == ExerciseKind::Sql ? sql_candidate_module(source) : source;
  job.filename = ex.solution_file();
  job.module = ex.module;
  job.entry_points = ex.entry_points;
  job.rules = ex.rules;
  for (const auto& t : ex.tests) job.tests.push_back({t.name, t.kind, t.code, t.limits, t.modules});
  job.require_sandbox = options.require_sandbox;
  // A write-the-tests exercise runs one implementation at a time: with nothing
  // left between tests (runner/supervisor.cpp), its tests cannot pass notes.
  job.parallel_tests = ex.kind == ExerciseKind::Tests ? 1 : options.parallel_tests;
  job.disable_layers = options.disable_layers;
  return job;
}

std::chrono::milliseconds job_deadline(const Exercise& ex) {
  std::chrono::milliseconds total{10000};  // start-up, imports, compilation
  for (const auto& t : ex.tests) total += std::chrono::milliseconds(t.limits.wall_ms + 1000);
  return total;
}

}  // namespace pyjudge
