#include "judge/run/job_builder.hpp"

#include <algorithm>
#include <cstdlib>

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
  job.source = source;
  job.filename = ex.module + ".py";
  job.module = ex.module;
  job.entry_points = ex.entry_points;
  job.rules = ex.rules;
  for (const auto& t : ex.tests) job.tests.push_back({t.name, t.kind, t.code, t.limits});
  job.require_sandbox = options.require_sandbox;
  job.parallel_tests = options.parallel_tests;
  job.disable_layers = options.disable_layers;
  return job;
}

std::chrono::milliseconds job_deadline(const Exercise& ex) {
  std::chrono::milliseconds total{10000};  // start-up, imports, compilation
  for (const auto& t : ex.tests) total += std::chrono::milliseconds(t.limits.wall_ms + 1000);
  return total;
}

}  // namespace pyjudge
