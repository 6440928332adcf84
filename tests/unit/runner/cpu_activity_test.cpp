// Telling a busy test from an idle one at its wall-clock limit.
#include <doctest/doctest.h>

#include "runner/cpu_activity.hpp"

using pyjudge::runner::CpuActivity;
using namespace std::chrono_literals;

namespace {

CpuActivity::Clock::time_point at(std::chrono::milliseconds ms) { return CpuActivity::Clock::time_point(ms); }

}  // namespace

TEST_CASE("a test that got a fifth of a core lately is busy, however long it waited before") {
  CpuActivity a;
  for (int ms = 0; ms <= 1000; ms += 50) a.sample(at(std::chrono::milliseconds(ms)), static_cast<std::uint64_t>(ms) * 200);
  CHECK(a.recent_share() == doctest::Approx(0.2));
  CHECK_FALSE(a.idle());
}

TEST_CASE("a test that computed, then slept for a window, is idle") {
  CpuActivity a;
  for (int ms = 0; ms <= 500; ms += 50) a.sample(at(std::chrono::milliseconds(ms)), static_cast<std::uint64_t>(ms) * 1000);
  for (int ms = 550; ms <= 800; ms += 50) a.sample(at(std::chrono::milliseconds(ms)), 500000);
  CHECK(a.recent_share() < 0.05);
  CHECK(a.idle());
}

TEST_CASE("the share covers the last window only, and is 0 before two samples") {
  CpuActivity a;
  CHECK(a.recent_share() == 0.0);
  a.sample(at(0ms), 0);
  CHECK(a.idle());
  a.sample(at(100ms), 0);     // slept 100 ms
  a.sample(at(400ms), 300000);  // then ran flat out for 300 ms
  CHECK(a.recent_share() > 0.75);
}

TEST_CASE("on a crowded host a test that gets a little of a core is busy, one that gets nothing is idle") {
  CpuActivity spinning, sleeping;
  for (int ms = 0; ms <= 500; ms += 50) {
    spinning.sample(at(std::chrono::milliseconds(ms)), static_cast<std::uint64_t>(ms) * 30);  // 3 % of a core
    sleeping.sample(at(std::chrono::milliseconds(ms)), 0);
  }
  CHECK(spinning.idle());  // a core of its own: 3 % is sleeping
  const double crowded = 2.0 / 14.0;  // 2 cores, 14 runnable
  CHECK_FALSE(spinning.idle(crowded));
  CHECK(sleeping.idle(crowded));
}

TEST_CASE("the fair share of a core is above 0 and at most 1") {
  const double share = pyjudge::runner::fair_core_share();
  CHECK(share > 0.0);
  CHECK(share <= 1.0);
}
