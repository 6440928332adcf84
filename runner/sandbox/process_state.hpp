// Sandbox layer: fresh process state. Stops inherited secrets and stray fds.
#pragma once

#include <initializer_list>
#include <string>

namespace pyjudge::runner {

// Closes every fd except stdio and `keep` (ascending fds above 2).
void close_fds_except(std::initializer_list<int> keep);
// Empty environment, stdin from /dev/null, the scratch dir as cwd, umask 077.
void reset_process_state(const std::string& scratch_dir);

}  // namespace pyjudge::runner
