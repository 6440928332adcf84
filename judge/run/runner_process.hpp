// One pyjudge-runner child process, started with Boost.Process, spoken to over
// two pipes. Everything it sends is decoded strictly and under a deadline. It
// runs in its own process group with its own scratch folder as TMPDIR, which
// goes when the runner goes, however it ended.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>

#include "judge/errors.hpp"
#include "protocol/wire.hpp"

namespace pyjudge {

class RunnerProcess {
 public:
  using Clock = std::chrono::steady_clock;

  explicit RunnerProcess(const std::filesystem::path& executable);
  ~RunnerProcess();
  RunnerProcess(const RunnerProcess&) = delete;
  RunnerProcess& operator=(const RunnerProcess&) = delete;

  void send(wire::FrameType type, const std::string& payload);
  // The next frame; nullopt at EOF. Throws RunnerFailure on a timeout,
  // wire::DecodeError on a malformed stream, and Interrupted once a stop
  // signal has arrived (judge/run/stop_signals.hpp).
  std::optional<wire::Frame> next_frame(Clock::time_point deadline);
  // Kills the runner at once and reaps it.
  void kill();
  // Closes its input so that it cleans up and exits; kills it after `grace`.
  void shut_down(std::chrono::milliseconds grace);
  // "exit status N" / "killed by signal N", once the process has ended.
  std::string exit_description();

 private:
  bool reap(bool block);

  std::filesystem::path scratch_parent_;  // the runner's TMPDIR, removed with it
  pid_t pid_ = -1;
  bool reaped_ = false;
  int wait_status_ = 0;
  int to_runner_ = -1;
  int from_runner_ = -1;
  wire::FrameDecoder decoder_;
};

// $PYJUDGE_RUNNER, else the runner next to pyjudge, else the installed one
// (judge/install/layout.hpp).
std::filesystem::path default_runner_path();

}  // namespace pyjudge
