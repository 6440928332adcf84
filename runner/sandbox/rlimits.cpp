#include "runner/sandbox/rlimits.hpp"

#include <sys/resource.h>

#include <stdexcept>
#include <string>

namespace pyjudge::runner {

static void set_limit(int resource, rlim_t soft, rlim_t hard, const char* name) {
  const rlimit limit{soft, hard};
  if (::setrlimit(resource, &limit) != 0) throw std::runtime_error(std::string("cannot set ") + name);
}

void apply_test_rlimits(const protocol::Limits& limits, std::uint64_t baseline_vm_bytes) {
  // Whole seconds, rounded up, plus one: the supervisor kills at the exact limit first.
  const rlim_t cpu_seconds = (limits.cpu_ms + 999) / 1000 + 1;
  set_limit(RLIMIT_CPU, cpu_seconds, cpu_seconds + 1, "RLIMIT_CPU");
  const rlim_t address_space = baseline_vm_bytes + static_cast<rlim_t>(limits.memory_mb) * 1024 * 1024;
  set_limit(RLIMIT_AS, address_space, address_space, "RLIMIT_AS");
  set_limit(RLIMIT_FSIZE, kMaxFileBytes, kMaxFileBytes, "RLIMIT_FSIZE");
  set_limit(RLIMIT_NOFILE, kMaxOpenFiles, kMaxOpenFiles, "RLIMIT_NOFILE");
  set_limit(RLIMIT_CORE, 0, 0, "RLIMIT_CORE");
}

}  // namespace pyjudge::runner
