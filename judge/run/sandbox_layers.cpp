#include "judge/run/sandbox_layers.hpp"

#include <algorithm>


namespace pyjudge {
namespace {

// The runner reports a missing layer as "name: why".
std::string name_of(const std::string& report) { return report.substr(0, report.find(':')); }

}  // namespace

std::vector<std::string> missing_layer_names(const SubmissionResult& run) {
  std::vector<std::string> names = missing_layers(run.sandbox_layers);
  for (const auto& report : run.missing_layers) names.push_back(name_of(report));
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

std::string describe_missing_layers(const SubmissionResult& run) {
  std::string out;
  for (const auto& name : missing_layer_names(run)) {
    std::string described = name;
    for (const auto& report : run.missing_layers)
      if (name_of(report) == name) described = report;
    out += (out.empty() ? "" : "; ") + described;
  }
  return out;
}

bool layers_reported(const SubmissionResult& run) { return !run.sandbox_layers.empty() || !run.missing_layers.empty(); }

}  // namespace pyjudge
