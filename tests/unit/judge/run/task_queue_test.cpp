// The order in which grade's lanes take tasks: their last exercise first.
#include <doctest/doctest.h>

#include "judge/run/task_queue.hpp"

using namespace pyjudge;

TEST_CASE("a lane takes the first task left of its last exercise, else the first task left") {
  const int a = 0, b = 0;
  TaskQueue queue({&a, &b, &a, &b, &a});
  CHECK(queue.take(nullptr) == 0u);  // a new lane: the first task
  CHECK(queue.take(nullptr) == 1u);
  CHECK(queue.take(&a) == 2u);       // the lane that graded a takes a's next
  CHECK(queue.take(&a) == 4u);
  CHECK_FALSE(queue.empty());
  CHECK(queue.take(&a) == 3u);       // no a left: the first task left
  CHECK(queue.empty());
  CHECK_FALSE(queue.take(&b).has_value());
}

TEST_CASE("every task is taken once") {
  const int a = 0, b = 0, c = 0;
  TaskQueue queue({&c, &a, &b, &a, &c, &b});
  std::vector<int> seen(6, 0);
  const void* last = nullptr;
  while (const auto i = queue.take(last)) {
    ++seen[*i];
    last = (*i % 2) ? static_cast<const void*>(&a) : static_cast<const void*>(&b);
  }
  CHECK(seen == std::vector<int>(6, 1));
}
