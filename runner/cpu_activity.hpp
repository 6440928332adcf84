// Whether a test process has been using the CPU lately. At its wall-clock
// limit a test that is computing, however slowly a loaded host lets it, is not
// a sleeping test: its CPU limit, measured exactly, will stop it. Only a test
// that has been idle (sleeping, blocked, waiting) is stopped by the wall clock.
#pragma once

#include <chrono>
#include <cstdint>
#include <deque>
#include <utility>

namespace pyjudge::runner {

// Below this share of what a busy process can expect of a core (its fair
// share, below), over the recent window, a test is idle.
inline constexpr double kIdleCpuShare = 0.05;
inline constexpr std::chrono::milliseconds kActivityWindow{250};
// A test idle over at least this long waits (sleeps, blocks): its core can
// serve another submission meanwhile (protocol::Activity).
inline constexpr std::chrono::milliseconds kWaitingAfter{100};
// A test that is never idle but still short of its CPU limit this many CPU
// limits after its wall limit got less than 1/kStarvedAfter of a core: the
// host starved it, and its verdict cannot be measured (it is run again).
inline constexpr unsigned kStarvedAfter = 10;

class CpuActivity {
 public:
  using Clock = std::chrono::steady_clock;

  // The process's CPU time at `now`; samples older than the window are dropped.
  void sample(Clock::time_point now, std::uint64_t cpu_us);
  // CPU time per wall time over the last kActivityWindow (over all samples
  // when there are fewer), in cores; 0 before two samples.
  double recent_share() const;
  // On a host where a busy process gets `fair_share` of a core (1: a core of
  // its own), a test that got less than kIdleCpuShare of that is idle.
  bool idle(double fair_share = 1.0) const { return recent_share() < kIdleCpuShare * fair_share; }
  // Idle over samples that span at least kWaitingAfter.
  bool waiting(double fair_share = 1.0) const { return span() >= kWaitingAfter && idle(fair_share); }

 private:
  Clock::duration span() const;
  std::deque<std::pair<Clock::time_point, std::uint64_t>> samples_;
};

// The share of a core a busy process can expect on this host now: the cores
// this process may run on over the runnable load (the kernel's 1-minute
// average), at most 1. A crowded host (other jobs, other sessions) can give a
// spinning test less than kIdleCpuShare of a core; it is still not sleeping.
double fair_core_share();

}  // namespace pyjudge::runner
