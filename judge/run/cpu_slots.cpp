#include "judge/run/cpu_slots.hpp"

#include <algorithm>
#include <chrono>

namespace pyjudge {

CpuSlots::CpuSlots(unsigned slots) : slots_(std::max(slots, 1u)) {}

bool CpuSlots::acquire(const std::function<bool()>& give_up) {
  std::unique_lock lock(mutex_);
  while (computing_ >= slots_) {
    if (give_up && give_up()) return false;
    freed_.wait_for(lock, std::chrono::milliseconds(100));
  }
  ++computing_;
  return true;
}

void CpuSlots::release() { lend(); }

void CpuSlots::lend() {
  {
    std::lock_guard lock(mutex_);
    if (computing_ > 0) --computing_;
  }
  freed_.notify_one();
}

void CpuSlots::reclaim() {
  std::lock_guard lock(mutex_);
  ++computing_;
}

unsigned CpuSlots::computing() const {
  std::lock_guard lock(mutex_);
  return computing_;
}

SlotHold::~SlotHold() {
  if (!lent_) slots_.release();
}

void SlotHold::set_waiting(bool waiting) {
  if (waiting == lent_) return;
  lent_ = waiting;
  if (waiting) slots_.lend();
  else slots_.reclaim();
}

}  // namespace pyjudge
