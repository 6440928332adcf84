#include "runner/cpu_activity.hpp"

#include <sched.h>
#include <sys/sysinfo.h>

#include <algorithm>

namespace pyjudge::runner {

void CpuActivity::sample(Clock::time_point now, std::uint64_t cpu_us) {
  samples_.emplace_back(now, cpu_us);
  // Keep one sample at least a window old, so that the share covers a whole window.
  while (samples_.size() > 2 && now - samples_[1].first >= kActivityWindow) samples_.pop_front();
}

CpuActivity::Clock::duration CpuActivity::span() const {
  return samples_.size() < 2 ? Clock::duration::zero() : samples_.back().first - samples_.front().first;
}

double CpuActivity::recent_share() const {
  if (samples_.size() < 2) return 0.0;
  const auto& [first_time, first_cpu] = samples_.front();
  const auto& [last_time, last_cpu] = samples_.back();
  const auto wall_us = std::chrono::duration_cast<std::chrono::microseconds>(last_time - first_time).count();
  if (wall_us <= 0) return 0.0;
  return static_cast<double>(last_cpu - first_cpu) / static_cast<double>(wall_us);
}

double fair_core_share() {
  cpu_set_t cores;
  CPU_ZERO(&cores);
  const int usable = ::sched_getaffinity(0, sizeof cores, &cores) == 0 ? CPU_COUNT(&cores) : 1;
  struct sysinfo info {};
  if (::sysinfo(&info) != 0) return 1.0;
  const double load = static_cast<double>(info.loads[0]) / static_cast<double>(1 << SI_LOAD_SHIFT);
  return std::min(1.0, static_cast<double>(usable) / std::max(load, 1.0));
}

}  // namespace pyjudge::runner
