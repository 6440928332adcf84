// Which sandbox layers a run went without, by the names of sandbox_layers.hpp.
#pragma once

#include <string>
#include <vector>

#include "verdict.hpp"

namespace pyjudge {

// Layers the run did not list as enforced, plus any it reported missing;
// sorted, without duplicates.
std::vector<std::string> missing_layer_names(const SubmissionResult& run);
// "landlock: disabled for this run; seccomp": with the reasons the runner gave.
std::string describe_missing_layers(const SubmissionResult& run);
// Whether the runner got as far as reporting its layers (a submission it
// failed on before that has none, and is no evidence of a missing layer).
bool layers_reported(const SubmissionResult& run);

}  // namespace pyjudge
