// `pyjudge merge SHARD.json...`: the JSON reports of `grade --shard I/N` runs
// combined into the JSON, JUnit and CSV reports and feedback files one
// unsharded run would have written (the same bytes, timing fields aside).
// See docs/ci.md.
#include <algorithm>
#include <fstream>
#include <iostream>
#include <memory>
#include <numeric>
#include <set>

#include "judge/cli/commands.hpp"
#include "judge/errors.hpp"
#include "judge/report/batch_json.hpp"
#include "judge/report/files.hpp"

namespace pyjudge::cli {

namespace {

struct MergeOptions {
  std::vector<std::string> inputs;
  ReportPaths reports;
};

ParsedReport read_report(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw UsageError("cannot read " + path);
  try {
    return parse_batch_json(nlohmann::json::parse(in), path);
  } catch (const nlohmann::json::parse_error& e) {
    throw UsageError(path + ": not JSON: " + e.what());
  }
}

// Every shard of one batch and one partition, each once and complete: a
// missing shard, or a stopped one, would silently drop submissions from the
// gradebook; a shard of another batch would mix two classes.
void check_partition(const std::vector<ParsedReport>& reports, const std::vector<std::string>& names) {
  const unsigned count = reports.front().run.shard ? reports.front().run.shard->count : 1;
  std::set<unsigned> seen;
  for (std::size_t i = 0; i < reports.size(); ++i) {
    if (reports[i].run.fingerprint != reports.front().run.fingerprint)
      throw UsageError(names[i] + " is a report of another batch than " + names[0] +
                       " (their fingerprints differ: other submissions, files or exercises)");
    if (!reports[i].complete)
      throw UsageError(names[i] + " is incomplete (" + std::to_string(reports[i].run.entries.size()) + " of " +
                       std::to_string(reports[i].planned) + " submissions graded): finish its run with grade --resume JOURNAL");
    const Shard shard = reports[i].run.shard.value_or(Shard{});
    if (shard.count != count)
      throw UsageError(names[i] + " is shard " + std::to_string(shard.index) + "/" + std::to_string(shard.count) +
                       ", but " + names[0] + " is of " + std::to_string(count) + " shards");
    if (!seen.insert(shard.index).second) throw UsageError("shard " + std::to_string(shard.index) + "/" + std::to_string(count) + " is given twice");
  }
  for (unsigned i = 0; i < count; ++i)
    if (!seen.count(i)) throw UsageError("shard " + std::to_string(i) + "/" + std::to_string(count) + " is missing");
}

struct Merged {
  BatchRun run;
  std::vector<nlohmann::json> submissions;
};

Merged merge(std::vector<ParsedReport> reports) {
  Merged out;
  BatchRun& run = out.run;
  run.python_version = reports.front().run.python_version;
  run.fingerprint = reports.front().run.fingerprint;
  std::vector<std::pair<BatchEntry, nlohmann::json>> all;
  std::set<std::string> missing;
  for (auto& r : reports) {
    run.weak_sandbox_allowed = run.weak_sandbox_allowed || r.run.weak_sandbox_allowed;
    run.duration_ms = std::max(run.duration_ms, r.run.duration_ms);  // shards run side by side
    missing.insert(r.run.missing_layers.begin(), r.run.missing_layers.end());
    for (std::size_t i = 0; i < r.run.entries.size(); ++i) all.emplace_back(std::move(r.run.entries[i]), std::move(r.submissions[i]));
  }
  std::stable_sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return batch_order(a.first, b.first); });
  run.missing_layers.assign(missing.begin(), missing.end());
  for (auto& [entry, json] : all) {
    run.entries.push_back(std::move(entry));
    out.submissions.push_back(std::move(json));
  }
  return out;
}

int run_merge(const MergeOptions& o) {
  if (!o.reports.any()) throw UsageError("nothing to write: give --json, --junit, --csv and/or --feedback");
  check_report_paths(o.reports);
  std::vector<ParsedReport> reports;
  for (const auto& path : o.inputs) reports.push_back(read_report(path));
  check_partition(reports, o.inputs);
  const Merged merged = merge(std::move(reports));
  const auto failures = write_batch_reports(merged.run, merged.submissions, o.reports);
  for (const auto& failure : failures) std::cerr << "pyjudge: " << failure << "\n";
  if (!failures.empty()) return kUsageError;
  return any_internal_error(merged.run) ? 1 : 0;
}

}  // namespace

void add_merge_command(CLI::App& app, Action& action) {
  auto o = std::make_shared<MergeOptions>();
  auto* cmd = app.add_subcommand("merge", "Combine the JSON reports of `grade --shard` runs into whole-batch reports");
  cmd->add_option("reports", o->inputs, "JSON reports of every shard (from grade --json)")->required();
  cmd->add_option("--json", o->reports.json, "Write the merged JSON report");
  cmd->add_option("--junit", o->reports.junit, "Write the merged JUnit XML");
  cmd->add_option("--csv", o->reports.csv, "Write the merged CSV gradebook");
  cmd->add_flag("--csv-bom", o->reports.csv_bom, "Start the CSV with a UTF-8 byte order mark (for Excel)");
  cmd->add_option("--feedback", o->reports.feedback, "Write DIR/SUBMITTER.md for every submitter");
  cmd->callback([o, &action] { action = [o] { return run_merge(*o); }; });
}

}  // namespace pyjudge::cli
