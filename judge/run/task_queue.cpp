#include "judge/run/task_queue.hpp"

namespace pyjudge {

bool TaskQueue::all_taken() {
  while (first_left_ < taken_.size() && taken_[first_left_]) ++first_left_;
  return first_left_ == taken_.size();
}

std::optional<std::size_t> TaskQueue::take(const void* last) {
  std::lock_guard lock(mutex_);
  if (all_taken()) return std::nullopt;
  std::size_t pick = first_left_;
  if (last)
    for (std::size_t i = first_left_; i < taken_.size(); ++i)
      if (!taken_[i] && groups_[i] == last) {
        pick = i;
        break;
      }
  taken_[pick] = true;
  return pick;
}

bool TaskQueue::empty() {
  std::lock_guard lock(mutex_);
  return all_taken();
}

}  // namespace pyjudge
