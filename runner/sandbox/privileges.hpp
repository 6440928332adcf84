// Sandbox layer: no_new_privs and no capabilities. Stops regaining privileges
// through setuid binaries or file capabilities, and drops every capability the
// user namespace handed out (so the candidate is not "root" even inside it).
#pragma once

#include "runner/sandbox/layer_report.hpp"

namespace pyjudge::runner {

void drop_privileges(LayerReport& report);

}  // namespace pyjudge::runner
