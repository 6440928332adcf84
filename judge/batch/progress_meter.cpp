#include "judge/batch/progress_meter.hpp"

#include <unistd.h>

#include <cstdio>

namespace pyjudge {
namespace {

constexpr auto kBarRedraw = std::chrono::milliseconds(100);
constexpr auto kLineInterval = std::chrono::seconds(10);
constexpr std::size_t kBarWidth = 30;

std::size_t tenth(std::size_t total) { return total < 10 ? 1 : total / 10; }

}  // namespace

BatchProgress::BatchProgress(std::size_t total, int fd, bool enabled)
    : total_(total), fd_(fd), enabled_(enabled && total > 0), tty_(::isatty(fd) == 1),
      next_line_at_(tenth(total)), started_(Clock::now()), last_output_(started_) {}

void BatchProgress::advance() {
  ++done_;
  if (!enabled_) return;
  const auto now = Clock::now();
  if (tty_) {
    if (done_ == total_ || now - last_output_ >= kBarRedraw) draw_bar();
  } else if (done_ == total_ || done_ >= next_line_at_ || now - last_output_ >= kLineInterval) {
    print_line();
    while (next_line_at_ <= done_) next_line_at_ += tenth(total_);
  }
}

void BatchProgress::finish() {
  if (enabled_ && tty_) emit("\n");
}

void BatchProgress::draw_bar() {
  const std::size_t filled = total_ ? done_ * kBarWidth / total_ : kBarWidth;
  const double seconds = std::chrono::duration<double>(Clock::now() - started_).count();
  char text[160];
  std::snprintf(text, sizeof text, "\r[%s%s] %zu/%zu  %.1f/s ", std::string(filled, '#').c_str(),
                std::string(kBarWidth - filled, '.').c_str(), done_, total_, seconds > 0 ? done_ / seconds : 0.0);
  emit(text);
}

void BatchProgress::print_line() { emit("graded " + std::to_string(done_) + "/" + std::to_string(total_) + "\n"); }

void BatchProgress::emit(const std::string& text) {
  last_output_ = Clock::now();
  for (std::size_t written = 0; written < text.size();) {
    const ssize_t n = ::write(fd_, text.data() + written, text.size() - written);
    if (n <= 0) return;  // progress is best effort
    written += static_cast<std::size_t>(n);
  }
}

}  // namespace pyjudge
