#include "lockdown.hpp"

#include "layer_process_state.hpp"
#include "layer_rlimits.hpp"

namespace pyjudge::runner {

void lock_down_submission(const std::string& scratch_dir, int protocol_fd) {
  close_fds_except({protocol_fd});
  reset_process_state(scratch_dir);
}

void lock_down_test(const Limits& limits, std::uint64_t baseline_vm_bytes) {
  close_fds_except({kResultFd});
  apply_test_rlimits(limits, baseline_vm_bytes);
}

std::vector<std::string> active_layers() { return {"process_state", "rlimits", "supervisor"}; }

}  // namespace pyjudge::runner
