// The order in which a pool's lanes take their tasks. A lane takes the first
// task left of the exercise it graded last, if any, else the first task left:
// a runner then grades one exercise's submissions one after another, and its
// zygote for them (runner/zygote.hpp) has imported their modules already.
// Different lanes still work on different exercises, so one exercise whose
// tests all wait (docs/grade.md, "The runner pool") holds one lane, not all.
#pragma once

#include <cstddef>
#include <mutex>
#include <optional>
#include <vector>

namespace pyjudge {

class TaskQueue {
 public:
  // `groups[i]`: what task i is grouped by (its exercise).
  explicit TaskQueue(std::vector<const void*> groups) : groups_(std::move(groups)), taken_(groups_.size(), false) {}
  // The next task for a lane whose last task was of `last` (null: none yet);
  // nullopt when every task is taken.
  std::optional<std::size_t> take(const void* last);
  // Every task is taken.
  bool empty();

 private:
  bool all_taken();  // with mutex_ held; moves first_left_ past taken tasks
  std::mutex mutex_;
  std::vector<const void*> groups_;
  std::vector<bool> taken_;
  std::size_t first_left_ = 0;
};

}  // namespace pyjudge
