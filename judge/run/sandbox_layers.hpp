// The sandbox layers of docs/sandbox.md by the names runners report them
// under, and which of them a run went without. A runner reports, per
// submission, which layers it enforced; anything in kAllLayers that it did not
// report is missing for that run.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "judge/grading/verdict.hpp"

namespace pyjudge {

inline const std::vector<std::string> kAllLayers = {
    "process_state", "user_namespace", "pid_namespace", "net_namespace", "ipc_namespace", "mount_namespace",
    "private_root",  "uts_namespace",  "no_new_privs",  "capabilities",  "rlimits",       "landlock",
    "seccomp",       "supervisor",
};

inline std::vector<std::string> missing_layers(const std::vector<std::string>& active) {
  std::vector<std::string> missing;
  for (const auto& layer : kAllLayers)
    if (std::find(active.begin(), active.end(), layer) == active.end()) missing.push_back(layer);
  return missing;
}

// Layers the run did not list as enforced, plus any it reported missing;
// sorted, without duplicates.
std::vector<std::string> missing_layer_names(const SubmissionResult& run);
// "landlock: disabled for this run; seccomp": with the reasons the runner gave.
std::string describe_missing_layers(const SubmissionResult& run);
// Whether the runner got as far as reporting its layers (a submission it
// failed on before that has none, and is no evidence of a missing layer).
bool layers_reported(const SubmissionResult& run);

}  // namespace pyjudge
