// Progress of a batch on stderr: a redrawn bar on a terminal, and plain lines
// ("graded 120/300") at every tenth of the batch and at least every 10 s
// otherwise, so that CI logs stay short but show the run is alive.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>

namespace pyjudge {

class BatchProgress {
 public:
  BatchProgress(std::size_t total, int fd, bool enabled);
  void advance();  // one more submission graded; callers serialise calls
  void finish();   // ends the bar's line

 private:
  using Clock = std::chrono::steady_clock;
  void draw_bar();
  void print_line();
  void emit(const std::string& text);

  std::size_t total_, done_ = 0;
  int fd_;
  bool enabled_, tty_;
  std::size_t next_line_at_;
  Clock::time_point started_, last_output_;
};

}  // namespace pyjudge
