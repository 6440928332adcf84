// Zygotes: copies of the warm server that have imported the modules of one
// kind of submission. Importing is a large part of what a submission costs
// before its tests (asyncio alone takes ~30 ms of CPU), and a batch grades many
// submissions that import the same modules (`grade` hands a runner one
// exercise's submissions in a row: judge/run/task_queue.hpp). A job is handled
// in the zygote of its module list: its launcher is forked from there and
// finds the modules imported. A submission sees the same interpreter either
// way: the same modules, imported in the same order, before any sandbox layer.
#pragma once

#include <sys/types.h>

#include <functional>
#include <list>
#include <memory>
#include <string>
#include <vector>

namespace pyjudge::runner {

// Handles one job (its payload, and the modules it imports) in the calling process.
using JobHandler = std::function<void(const std::string& payload, const std::vector<std::string>& modules)>;

class Zygote {
 public:
  // Forks a zygote that imports `modules`, then runs `handle` on each job it
  // is given, one at a time. `server_fds` are closed in it (the job stream
  // stays the server's). Null if the fork failed.
  static std::unique_ptr<Zygote> start(const std::vector<std::string>& modules, const JobHandler& handle,
                                       const std::vector<int>& server_fds);
  ~Zygote();  // kills and reaps it
  Zygote(const Zygote&) = delete;
  Zygote& operator=(const Zygote&) = delete;

  // Has the zygote handle one job (it writes the job's frames to the judge
  // itself) and waits until it is done. False if it died first.
  bool handle(const std::string& payload);

 private:
  Zygote(pid_t pid, int to_zygote, int from_zygote) : pid_(pid), to_(to_zygote), from_(from_zygote) {}
  pid_t pid_;
  int to_, from_;
};

// The server's zygotes, by module list; at most kMaxZygotes live, the least
// recently used going first.
class ZygoteCache {
 public:
  static constexpr std::size_t kMaxZygotes = 4;
  ZygoteCache(JobHandler handle, std::vector<int> server_fds) : handle_(std::move(handle)), fds_(std::move(server_fds)) {}
  // The zygote for `modules`, started now if there is none; null if it cannot start.
  Zygote* for_modules(const std::vector<std::string>& modules);

 private:
  struct Entry {
    std::vector<std::string> modules;
    std::unique_ptr<Zygote> zygote;
  };
  JobHandler handle_;
  std::vector<int> fds_;
  std::list<Entry> entries_;  // most recently used first
};

}  // namespace pyjudge::runner
