#include "judge/run/cpu_slots.hpp"

#include <algorithm>
#include <chrono>

namespace pyjudge {

CpuSlots::CpuSlots(unsigned slots) : slots_(std::max(slots, 1u)) {}

bool CpuSlots::acquire_when(const std::function<bool()>& give_up, bool lent_only) {
  std::unique_lock lock(mutex_);
  while (computing_ >= slots_ || (lent_only && lending_ == 0)) {
    if (give_up && give_up()) return false;
    changed_.wait_for(lock, std::chrono::milliseconds(100));
  }
  ++computing_;
  return true;
}

bool CpuSlots::acquire(const std::function<bool()>& give_up) { return acquire_when(give_up, false); }

bool CpuSlots::acquire_lent(const std::function<bool()>& give_up) { return acquire_when(give_up, true); }

void CpuSlots::stop_computing(bool lending) {
  {
    std::lock_guard lock(mutex_);
    if (computing_ > 0) --computing_;
    if (lending) ++lending_;
  }
  changed_.notify_all();
}

void CpuSlots::release() { stop_computing(false); }

void CpuSlots::lend() { stop_computing(true); }

void CpuSlots::reclaim() {
  std::lock_guard lock(mutex_);
  ++computing_;
  if (lending_ > 0) --lending_;
}

void CpuSlots::end_lend() {
  std::lock_guard lock(mutex_);
  if (lending_ > 0) --lending_;
}

unsigned CpuSlots::computing() const {
  std::lock_guard lock(mutex_);
  return computing_;
}

SlotHold::~SlotHold() {
  if (lent_) slots_.end_lend();
  else slots_.release();
}

void SlotHold::set_waiting(bool waiting) {
  if (waiting == lent_) return;
  lent_ = waiting;
  if (waiting) slots_.lend();
  else slots_.reclaim();
}

}  // namespace pyjudge
