#include "judge/report/batch_json.hpp"

#include <map>

#include "judge/errors.hpp"
#include "judge/report/submission_json.hpp"

namespace pyjudge {

using nlohmann::json;

namespace {

constexpr Verdict kAllVerdicts[] = {
    Verdict::Accepted,           Verdict::WrongAnswer,         Verdict::RuntimeError,  Verdict::TimeLimitExceeded,
    Verdict::MemoryLimitExceeded, Verdict::OutputLimitExceeded, Verdict::SyntaxError,   Verdict::RuleViolation,
    Verdict::SandboxViolation,   Verdict::InternalError,
};

json summary(const BatchRun& run) {
  std::map<std::string, int> verdicts;
  for (const Verdict v : kAllVerdicts) verdicts[verdict_name(v)] = 0;
  int not_graded = 0;
  for (const auto& e : run.entries) {
    if (e.graded()) ++verdicts[verdict_name(e.result.verdict)];
    else ++not_graded;
  }
  return {{"submissions", run.entries.size()}, {"not_graded", not_graded}, {"verdicts", verdicts}};
}

Verdict verdict_of(const json& j) {
  const auto v = parse_verdict(j.get<std::string>());
  if (!v) throw std::invalid_argument("unknown verdict " + j.get<std::string>());
  return *v;
}

TestResult test_from_json(const json& j) {
  TestResult t;
  t.name = j.at("name").get<std::string>();
  t.visible = j.at("visible").get<bool>();
  t.verdict = verdict_of(j.at("verdict"));
  t.message = j.at("message").get<std::string>();
  t.weight = j.at("weight").get<double>();
  t.cpu_ms = j.at("cpu_ms").get<std::uint64_t>();
  t.wall_ms = j.at("wall_ms").get<std::uint64_t>();
  t.peak_kb = j.at("peak_kb").get<std::uint64_t>();
  t.details = j.value("details", "");
  t.stdout_text = j.value("stdout", "");
  t.stderr_text = j.value("stderr", "");
  t.rerun = j.value("rerun", "");
  t.line = j.value("line", 0u);
  return t;
}

}  // namespace

BatchEntry entry_from_submission_json(const json& j) {
  BatchEntry e;
  e.submitter = j.at("submitter").get<std::string>();
  e.exercise = j.at("exercise").get<std::string>();
  e.path = j.at("path").get<std::string>();
  e.error = j.at("error").get<std::string>();
  e.duration_ms = j.at("duration_ms").get<std::uint64_t>();
  if (!j.at("points").is_null()) e.points = j["points"].get<double>();
  SubmissionResult& r = e.result;
  r.exercise = e.exercise;
  r.solution = j.at("solution").get<std::string>();
  if (e.graded()) r.verdict = verdict_of(j.at("verdict"));
  r.score = j.at("score").get<double>();
  r.message = j.at("message").get<std::string>();
  r.details = j.value("details", "");
  r.sandbox_layers = j.at("sandbox_layers").get<std::vector<std::string>>();
  r.missing_layers = j.value("missing_layers", std::vector<std::string>{});
  r.python_version = j.at("python").get<std::string>();
  r.retried = j.value("retried", "");
  for (const auto& t : j.at("tests")) r.tests.push_back(test_from_json(t));
  return e;
}

json reparsed_submission_json(const BatchEntry& entry) {
  return json::parse(submission_json(entry).dump(-1, ' ', false, json::error_handler_t::replace));
}

BatchEntry as_reported(const BatchEntry& planned, const json& submission) {
  BatchEntry e = entry_from_submission_json(submission);
  e.submitter = planned.submitter;
  e.exercise = planned.exercise;
  e.path = planned.path;
  e.error = planned.error;
  e.result.exercise = planned.exercise;
  return e;
}

json submission_json(const BatchEntry& entry) {
  SubmissionResult shown = entry.result;
  if (!entry.graded()) shown = SubmissionResult{};
  shown.exercise = entry.exercise;
  shown.solution = entry.path;
  json j = json_report(shown);
  j["submitter"] = entry.submitter;
  j["path"] = entry.path;
  j["error"] = entry.error;
  j["duration_ms"] = entry.duration_ms;
  j["points"] = entry.points ? nlohmann::json(*entry.points) : nlohmann::json(nullptr);
  if (!entry.graded()) j["verdict"] = nullptr;
  return j;
}

json batch_json(const BatchRun& run, const std::vector<json>& submissions) {
  json shard = nullptr;
  if (run.shard) shard = {{"index", run.shard->index}, {"count", run.shard->count}};
  return {{"format", kGradeReportFormat},
          {"version", kGradeReportVersion},
          {"python", run.python_version},
          {"shard", shard},
          {"fingerprint", run.fingerprint},
          {"complete", run.complete()},
          {"progress", {{"done", run.entries.size()}, {"planned", run.planned()}}},
          {"sandbox", {{"weak_allowed", run.weak_sandbox_allowed}, {"missing_layers", run.missing_layers},
                       {"note", sandbox_note(run)}}},
          {"summary", summary(run)},
          {"duration_ms", run.duration_ms},
          {"submissions", submissions}};
}

ParsedReport parse_batch_json(const json& report, const std::string& source) {
  try {
    if (report.value("format", "") != kGradeReportFormat || report.at("version").get<int>() != kGradeReportVersion)
      throw UsageError(source + ": not a pyjudge grade report (version " + std::to_string(kGradeReportVersion) + ")");
    ParsedReport parsed;
    BatchRun& run = parsed.run;
    run.python_version = report.at("python").get<std::string>();
    if (!report.at("shard").is_null())
      run.shard = Shard{report["shard"].at("index").get<unsigned>(), report["shard"].at("count").get<unsigned>()};
    run.weak_sandbox_allowed = report.at("sandbox").at("weak_allowed").get<bool>();
    run.missing_layers = report["sandbox"].at("missing_layers").get<std::vector<std::string>>();
    run.duration_ms = report.at("duration_ms").get<std::uint64_t>();
    run.fingerprint = report.at("fingerprint").get<std::string>();
    parsed.complete = report.at("complete").get<bool>();
    parsed.planned = report.at("progress").at("planned").get<std::size_t>();
    for (const auto& s : report.at("submissions")) {
      run.entries.push_back(entry_from_submission_json(s));
      parsed.submissions.push_back(s);
    }
    return parsed;
  } catch (const json::exception& e) {
    throw UsageError(source + ": malformed grade report: " + e.what());
  } catch (const std::invalid_argument& e) {
    throw UsageError(source + ": malformed grade report: " + e.what());
  }
}

}  // namespace pyjudge
