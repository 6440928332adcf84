// Which sandbox layers a run went without.
#include <doctest/doctest.h>

#include "judge/run/sandbox_layers.hpp"

using namespace pyjudge;

TEST_CASE("missing layers: not enforced, or reported missing with a reason") {
  SubmissionResult run;
  run.sandbox_layers = {"process_state", "user_namespace", "pid_namespace", "net_namespace", "ipc_namespace",
                        "mount_namespace", "private_root", "uts_namespace", "no_new_privs", "capabilities", "rlimits",
                        "supervisor"};
  run.missing_layers = {"landlock: disabled for this run"};
  CHECK(missing_layer_names(run) == std::vector<std::string>{"landlock", "seccomp"});
  CHECK(describe_missing_layers(run) == "landlock: disabled for this run; seccomp");
  CHECK(layers_reported(run));
  CHECK_FALSE(layers_reported(SubmissionResult{}));
}
