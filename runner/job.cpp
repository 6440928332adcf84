#include "job.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace pyjudge::runner {

Job parse_job(std::string_view text) {
  try {
    const auto j = nlohmann::json::parse(text);
    Job job;
    job.source = j.at("source").get<std::string>();
    job.filename = j.at("filename").get<std::string>();
    job.module = j.at("module").get<std::string>();
    job.entry_points = j.at("entry_points").get<std::vector<std::string>>();
    const auto& r = j.at("rules");
    job.rules.forbid_imports = r.at("forbid_imports").get<std::vector<std::string>>();
    job.rules.forbid_names = r.at("forbid_names").get<std::vector<std::string>>();
    job.rules.require_generator = r.at("require_generator").get<std::string>();
    job.rules.require_class = r.at("require_class").get<std::string>();
    job.rules.max_source_bytes = r.at("max_source_bytes").get<std::uint64_t>();
    job.require_sandbox = j.value("require_sandbox", false);
    job.parallel_tests = std::clamp(j.value("parallel_tests", 1u), 1u, 16u);
    job.disable_layers = j.value("disable_layers", std::vector<std::string>{});
    for (const auto& t : j.at("tests")) {
      JobTest test;
      test.name = t.at("name").get<std::string>();
      test.kind = t.at("kind").get<std::string>();
      test.code = t.at("code").get<std::string>();
      const auto& l = t.at("limits");
      test.limits = {l.at("cpu_ms").get<std::uint32_t>(), l.at("wall_ms").get<std::uint32_t>(),
                     l.at("memory_mb").get<std::uint32_t>(), l.at("output_kb").get<std::uint32_t>()};
      if (test.kind != "call" && test.kind != "code") throw std::runtime_error("test kind must be call or code");
      job.tests.push_back(std::move(test));
    }
    return job;
  } catch (const nlohmann::json::exception& e) {
    throw std::runtime_error(std::string("malformed job: ") + e.what());
  }
}

}  // namespace pyjudge::runner
