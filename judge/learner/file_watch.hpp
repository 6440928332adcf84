// Waiting for a file to be saved, for `pyjudge watch`: inotify on the file's
// directory, so that editors that save by writing a new file and renaming it
// over the old one are seen too. SIGINT and SIGTERM end the wait, and a check
// in progress (judge/run/stop_signals.hpp).
#pragma once

#include <chrono>
#include <filesystem>
#include <string>

namespace pyjudge {

class FileWatch {
 public:
  enum class Event { Saved, Interrupted };

  // Throws std::runtime_error when the directory cannot be watched.
  explicit FileWatch(const std::filesystem::path& file);
  ~FileWatch();
  FileWatch(const FileWatch&) = delete;
  FileWatch& operator=(const FileWatch&) = delete;

  // Blocks until the file has been written (closed after writing, created, or
  // renamed into place) and then `settle` has passed without another change,
  // or until SIGINT/SIGTERM.
  Event wait(std::chrono::milliseconds settle = std::chrono::milliseconds(150));
  // True once SIGINT or SIGTERM has arrived (also during a check).
  static bool interrupted();

 private:
  bool drain_matching();  // reads pending events; true when one concerns the file

  std::string name_;
  int inotify_ = -1;
};

}  // namespace pyjudge
