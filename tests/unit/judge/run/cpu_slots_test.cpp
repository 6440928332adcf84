// grade's core accounting: lanes take slots, lend them while their tests
// wait, and take them back at once when they compute again.
#include <doctest/doctest.h>

#include <atomic>
#include <thread>

#include "judge/run/cpu_slots.hpp"

using namespace pyjudge;

namespace {

// give_up() for a lane that must not get a slot: it gives up at the first ask.
bool at_once() { return true; }

}  // namespace

TEST_CASE("a lane gets a slot only while fewer lanes compute than there are slots") {
  CpuSlots slots(2);
  CHECK(slots.acquire(at_once));
  CHECK(slots.acquire(at_once));
  CHECK_FALSE(slots.acquire(at_once));
  CHECK(slots.computing() == 2);
  slots.release();
  CHECK(slots.acquire(at_once));
}

TEST_CASE("a waiting lane lends its slot, and takes it back even over the count") {
  CpuSlots slots(1);
  REQUIRE(slots.acquire(at_once));
  slots.lend();
  CHECK(slots.computing() == 0);
  CHECK(slots.acquire(at_once));  // another lane starts meanwhile
  slots.reclaim();                // the first computes again: two at work on one slot
  CHECK(slots.computing() == 2);
  slots.release();
  CHECK_FALSE(slots.acquire(at_once));  // still one at work: no new lane yet
  slots.release();
  CHECK(slots.acquire(at_once));
}

TEST_CASE("a spare lane gets a slot only while some lane lends one") {
  CpuSlots slots(2);
  REQUIRE(slots.acquire(at_once));
  CHECK_FALSE(slots.acquire_lent(at_once));  // a free slot, but nobody lends: the spare waits
  REQUIRE(slots.acquire(at_once));
  slots.lend();
  CHECK(slots.acquire_lent(at_once));
  slots.end_lend();  // the lending lane's submission ended while it waited
  slots.release();
  CHECK_FALSE(slots.acquire_lent(at_once));
}

TEST_CASE("a slot hold releases at the end unless its slot is lent then") {
  CpuSlots slots(1);
  {
    REQUIRE(slots.acquire(at_once));
    SlotHold hold(slots);
    hold.set_waiting(true);
    CHECK(slots.computing() == 0);
    hold.set_waiting(true);  // said twice: lent once
    CHECK(slots.computing() == 0);
  }
  CHECK(slots.computing() == 0);
  {
    REQUIRE(slots.acquire(at_once));
    SlotHold hold(slots);
    hold.set_waiting(true);
    hold.set_waiting(false);
    CHECK(slots.computing() == 1);
  }
  CHECK(slots.computing() == 0);
}

TEST_CASE("a lane waiting for a slot starts when another lends one") {
  CpuSlots slots(1);
  REQUIRE(slots.acquire(at_once));
  std::atomic<int> asked{0};
  bool got = false;
  std::thread lane([&] { got = slots.acquire([&] { return ++asked > 600; }); });  // gives up after about a minute
  while (asked == 0) std::this_thread::yield();  // it is waiting
  slots.lend();
  lane.join();
  CHECK(got);
  CHECK(asked <= 600);
  CHECK(slots.computing() == 1);
}
