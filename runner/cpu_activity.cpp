#include "runner/cpu_activity.hpp"

namespace pyjudge::runner {

void CpuActivity::sample(Clock::time_point now, std::uint64_t cpu_us) {
  samples_.emplace_back(now, cpu_us);
  // Keep one sample at least a window old, so that the share covers a whole window.
  while (samples_.size() > 2 && now - samples_[1].first >= kActivityWindow) samples_.pop_front();
}

double CpuActivity::recent_share() const {
  if (samples_.size() < 2) return 0.0;
  const auto& [first_time, first_cpu] = samples_.front();
  const auto& [last_time, last_cpu] = samples_.back();
  const auto wall_us = std::chrono::duration_cast<std::chrono::microseconds>(last_time - first_time).count();
  if (wall_us <= 0) return 0.0;
  return static_cast<double>(last_cpu - first_cpu) / static_cast<double>(wall_us);
}

}  // namespace pyjudge::runner
