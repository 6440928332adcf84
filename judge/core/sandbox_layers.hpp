// The sandbox layers of DESIGN.md by the names runners report them under.
// A runner reports, per submission, which layers it enforced; anything in
// kAllLayers that it did not report is missing for that run.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

namespace pyjudge {

inline const std::vector<std::string> kAllLayers = {
    "process_state",  "user_namespace", "pid_namespace", "net_namespace", "ipc_namespace", "mount_namespace",
    "uts_namespace",  "no_new_privs",   "capabilities",  "rlimits",       "landlock",      "seccomp",
    "supervisor",
};

inline std::vector<std::string> missing_layers(const std::vector<std::string>& active) {
  std::vector<std::string> missing;
  for (const auto& layer : kAllLayers)
    if (std::find(active.begin(), active.end(), layer) == active.end()) missing.push_back(layer);
  return missing;
}

}  // namespace pyjudge
