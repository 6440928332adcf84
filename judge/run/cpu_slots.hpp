// The cores `grade` keeps busy. Each of its lanes (a worker thread and its
// runner) takes a slot before it starts a submission. A submission whose tests
// all wait (sleep, block: the runner's Activity frames) lends its slot, so
// that a spare lane can start one meanwhile; when it computes again it takes
// its slot back at once, even if that briefly puts more lanes at work than
// there are slots. CPU limits are CPU time, and a busy test is never killed
// for wall time (runner/cpu_activity.hpp), so the verdicts do not depend on it.
#pragma once

#include <condition_variable>
#include <functional>
#include <mutex>

namespace pyjudge {

class CpuSlots {
 public:
  explicit CpuSlots(unsigned slots);

  // Waits until fewer lanes compute than there are slots, then counts this
  // lane as computing. False, without a slot, once `give_up()` says so (asked
  // at least every 100 ms).
  bool acquire(const std::function<bool()>& give_up);
  // As acquire, but only while some lane lends its slot: for spare lanes.
  bool acquire_lent(const std::function<bool()>& give_up);
  // A computing lane that is done.
  void release();
  // A computing lane that waits: it no longer counts, and lends its slot.
  void lend();
  // A lending lane that computes again: it counts again, now.
  void reclaim();
  // A lending lane whose submission ended: it lends no more.
  void end_lend();
  unsigned computing() const;

 private:
  bool acquire_when(const std::function<bool()>& give_up, bool lent_only);
  void stop_computing(bool lending);
  const unsigned slots_;
  unsigned computing_ = 0;
  unsigned lending_ = 0;
  mutable std::mutex mutex_;
  std::condition_variable changed_;
};

// One lane's slot while it grades: lent while a submission's tests wait,
// released at the end (or its lending ended, if it is lent then).
class SlotHold {
 public:
  explicit SlotHold(CpuSlots& slots) : slots_(slots) {}
  ~SlotHold();
  SlotHold(const SlotHold&) = delete;
  SlotHold& operator=(const SlotHold&) = delete;
  void set_waiting(bool waiting);
  bool lent() const { return lent_; }

 private:
  CpuSlots& slots_;
  bool lent_ = false;
};

}  // namespace pyjudge
