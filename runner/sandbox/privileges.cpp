#include "runner/sandbox/privileges.hpp"

#include <linux/capability.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace pyjudge::runner {
namespace {

bool capset_empty() {
  __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
  __user_cap_data_struct data[2] = {};
  return ::syscall(SYS_capset, &header, data) == 0;
}

bool has_no_capabilities() {
  __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
  __user_cap_data_struct data[2] = {};
  if (::syscall(SYS_capget, &header, data) != 0) return false;
  for (const auto& d : data)
    if (d.effective || d.permitted || d.inheritable) return false;
  return true;
}

void drop_capabilities(LayerReport& report) {
  if (report.skip_if_disabled("capabilities")) return;
  // The bounding set needs CAP_SETPCAP; without it there was nothing to bound.
  for (int cap = 0; cap <= CAP_LAST_CAP; ++cap) ::prctl(PR_CAPBSET_DROP, cap, 0, 0, 0);
  ::prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0);
  if (!capset_empty() || !has_no_capabilities()) return report.missing("capabilities", errno_text("capset"));
  report.active("capabilities");
}

}  // namespace

void drop_privileges(LayerReport& report) {
  if (!report.skip_if_disabled("no_new_privs")) {
    if (::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) == 0) report.active("no_new_privs");
    else report.missing("no_new_privs", errno_text("prctl(PR_SET_NO_NEW_PRIVS)"));
  }
  drop_capabilities(report);
}

}  // namespace pyjudge::runner
