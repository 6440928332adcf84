// Sandbox layer: resource limits of one test process. Stops runaway CPU,
// memory bombs, disk fill, fd exhaustion and core dumps. The supervisor
// enforces the exact CPU limit from outside; RLIMIT_CPU is the kernel backstop.
#pragma once

#include <cstdint>

#include "protocol/job.hpp"

namespace pyjudge::runner {

inline constexpr std::uint64_t kMaxFileBytes = 16u << 20;
inline constexpr std::uint64_t kMaxOpenFiles = 64;

// `baseline_vm_bytes`: the address space the test process starts with (the
// warm interpreter); the memory limit is what the test may add on top of it.
void apply_test_rlimits(const protocol::Limits& limits, std::uint64_t baseline_vm_bytes);

}  // namespace pyjudge::runner
