#include "protocol/job.hpp"

#include <algorithm>
#include <limits>
#include <nlohmann/json.hpp>

namespace pyjudge::protocol {
namespace {

using nlohmann::json;

// Every key an object may hold: a key outside the list is a judge/runner
// mismatch, reported rather than ignored.
void expect_keys(const json& object, std::initializer_list<const char*> keys, const std::string& what) {
  if (!object.is_object()) throw JobError(what + " is not an object");
  for (const auto& item : object.items()) {
    const std::string& key = item.key();  // a plain reference: clang before 16 cannot capture a structured binding
    if (std::none_of(keys.begin(), keys.end(), [&](const char* k) { return key == k; }))
      throw JobError("unknown key '" + key + "' in " + what);
  }
}

// A whole number in [0, max]: nlohmann would wrap -1 into 4294967295.
template <typename Int>
Int whole_at(const json& object, const char* key) {
  const json& v = object.at(key);
  if (!v.is_number_unsigned() || v.get<std::uint64_t>() > std::numeric_limits<Int>::max())
    throw JobError(std::string(key) + " must be a whole number from 0 to " + std::to_string(std::numeric_limits<Int>::max()));
  return v.get<Int>();
}

json limits_json(const Limits& l) {
  return {{"cpu_ms", l.cpu_ms}, {"wall_ms", l.wall_ms}, {"memory_mb", l.memory_mb}, {"output_kb", l.output_kb}};
}

Limits decode_limits(const json& j) {
  expect_keys(j, {"cpu_ms", "wall_ms", "memory_mb", "output_kb"}, "limits");
  return {whole_at<std::uint32_t>(j, "cpu_ms"), whole_at<std::uint32_t>(j, "wall_ms"),
          whole_at<std::uint32_t>(j, "memory_mb"), whole_at<std::uint32_t>(j, "output_kb")};
}

json rules_json(const Rules& r) {
  return {{"forbid_imports", r.forbid_imports}, {"forbid_names", r.forbid_names},
          {"require_generator", r.require_generator}, {"require_class", r.require_class},
          {"max_source_bytes", r.max_source_bytes}};
}

Rules decode_rules(const json& j) {
  expect_keys(j, {"forbid_imports", "forbid_names", "require_generator", "require_class", "max_source_bytes"}, "rules");
  Rules r;
  r.forbid_imports = j.at("forbid_imports").get<std::vector<std::string>>();
  r.forbid_names = j.at("forbid_names").get<std::vector<std::string>>();
  r.require_generator = j.at("require_generator").get<std::string>();
  r.require_class = j.at("require_class").get<std::string>();
  r.max_source_bytes = whole_at<std::uint64_t>(j, "max_source_bytes");
  return r;
}

JobTest decode_test(const json& j) {
  expect_keys(j, {"name", "kind", "code", "limits", "modules"}, "a test");
  JobTest t{j.at("name").get<std::string>(), j.at("kind").get<std::string>(), j.at("code").get<std::string>(),
            decode_limits(j.at("limits")), {}};
  for (const auto& m : j.at("modules")) {
    expect_keys(m, {"name", "source"}, "a module");
    t.modules.push_back({m.at("name").get<std::string>(), m.at("source").get<std::string>()});
  }
  if (t.kind != "call" && t.kind != "code") throw JobError("test kind must be call or code, not '" + t.kind + "'");
  return t;
}

}  // namespace

std::string encode_job(const Job& job) {
  json tests = json::array();
  for (const auto& t : job.tests) {
    json modules = json::array();
    for (const auto& m : t.modules) modules.push_back({{"name", m.name}, {"source", m.source}});
    tests.push_back({{"name", t.name}, {"kind", t.kind}, {"code", t.code}, {"limits", limits_json(t.limits)}, {"modules", modules}});
  }
  const json j = {
      {"source", job.source},
      {"filename", job.filename},
      {"module", job.module},
      {"entry_points", job.entry_points},
      {"rules", rules_json(job.rules)},
      {"tests", tests},
      {"require_sandbox", job.require_sandbox},
      {"disable_layers", job.disable_layers},
      {"parallel_tests", job.parallel_tests},
  };
  // Candidate text may hold invalid UTF-8: replace it rather than fail.
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

Job decode_job(std::string_view text) {
  try {
    const json j = json::parse(text);
    expect_keys(j, {"source", "filename", "module", "entry_points", "rules", "tests", "require_sandbox",
                    "disable_layers", "parallel_tests"},
                "the job");
    Job job;
    job.source = j.at("source").get<std::string>();
    job.filename = j.at("filename").get<std::string>();
    job.module = j.at("module").get<std::string>();
    job.entry_points = j.at("entry_points").get<std::vector<std::string>>();
    job.rules = decode_rules(j.at("rules"));
    job.require_sandbox = j.at("require_sandbox").get<bool>();
    job.parallel_tests = std::clamp(whole_at<std::uint32_t>(j, "parallel_tests"), 1u, 16u);
    job.disable_layers = j.at("disable_layers").get<std::vector<std::string>>();
    const auto& tests = j.at("tests");
    if (!tests.is_array()) throw JobError("tests is not a list");
    if (tests.size() > kMaxJobTests) throw JobError("the job has " + std::to_string(tests.size()) + " tests; at most " + std::to_string(kMaxJobTests) + " are allowed");
    for (const auto& t : tests) job.tests.push_back(decode_test(t));
    return job;
  } catch (const nlohmann::json::exception& e) {
    throw JobError(std::string("malformed job: ") + e.what());
  }
}

}  // namespace pyjudge::protocol
