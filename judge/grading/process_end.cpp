#include "judge/grading/process_end.hpp"

#include <signal.h>

#include <cstring>

namespace pyjudge {
namespace {

using protocol::TestRecord;

std::string signal_name(int sig) {
  const char* abbrev = ::sigabbrev_np(sig);
  return abbrev ? std::string("SIG") + abbrev : "signal " + std::to_string(sig);
}

// Verdicts decided by how the process ended, before looking at what it said.
}  // namespace

bool judge_termination(const TestCase& test, const TestRecord& r, TestResult& out) {
  const auto& limits = test.limits;
  const std::string where = r.locked_down && !r.module_loaded ? " in the solution's top level" : "";
  switch (r.kill) {
    case TestRecord::Kill::Cpu:
      out.verdict = Verdict::TimeLimitExceeded;
      out.message = "CPU time limit of " + std::to_string(limits.cpu_ms) + " ms exceeded" + where;
      return true;
    case TestRecord::Kill::Wall:
      out.verdict = Verdict::TimeLimitExceeded;
      out.message = "wall-clock limit of " + std::to_string(limits.wall_ms) + " ms exceeded" + where +
                    " while sleeping or blocked (" + std::to_string(ms_of_us(r.cpu_us)) + " ms of CPU used)";
      return true;
    case TestRecord::Kill::Starved:
      out.verdict = Verdict::InternalError;  // the host's fault, not the candidate's (invariant 7)
      out.message = "the host was too busy to measure this test: it got " + std::to_string(ms_of_us(r.cpu_us)) +
                    " ms of CPU in " + std::to_string(ms_of_us(r.wall_us)) + " ms";
      return true;
    case TestRecord::Kill::Output:
      out.verdict = Verdict::OutputLimitExceeded;
      out.message = "printed more than " + std::to_string(limits.output_kb) + " KiB";
      return true;
    case TestRecord::Kill::ResultSize:
      out.verdict = Verdict::RuntimeError;
      out.message = "the test process wrote more result data than allowed";
      return true;
    case TestRecord::Kill::None: break;
  }
  if (!r.violation.empty()) {
    out.verdict = Verdict::SandboxViolation;
    out.message = r.violation + " is not allowed in the sandbox";
    return true;
  }
  // A trap while SIGSYS was blocked (subprocess and os.system block every
  // signal around process creation) kills outright, before our handler can
  // name the call.
  if (r.locked_down && r.end == TestRecord::End::Signaled && r.code == SIGSYS) {
    out.verdict = Verdict::SandboxViolation;
    out.message = "a blocked system call (most likely creating a process, as subprocess and os.system do) is not allowed in the sandbox";
    return true;
  }
  if (r.end == TestRecord::End::NotStarted || !r.locked_down) {
    out.verdict = Verdict::InternalError;
    out.message = r.end == TestRecord::End::NotStarted ? "the runner could not start the test process"
                                                        : "the test process could not lock itself down";
    return true;
  }
  if (r.end == TestRecord::End::Signaled) {
    if (r.code == SIGXCPU || (r.code == SIGKILL && r.cpu_us >= limits.cpu_ms * 1000ull)) {
      out.verdict = Verdict::TimeLimitExceeded;
      out.message = "CPU time limit of " + std::to_string(limits.cpu_ms) + " ms exceeded";
    } else if (r.code == SIGXFSZ) {
      out.verdict = Verdict::OutputLimitExceeded;
      out.message = "wrote a file larger than the file size limit";
    } else {
      out.verdict = Verdict::RuntimeError;
      out.message = "the test process was killed by " + signal_name(r.code);
      if (r.code == SIGSEGV) out.message += " (a crash, often a stack overflow from deep recursion)";
    }
    return true;
  }
  // Measured from outside. A process that ran out of memory may not even manage
  // to report its MemoryError, so a result-less test near the limit counts too.
  const std::uint64_t grown_kb = r.peak_kb > r.baseline_kb ? r.peak_kb - r.baseline_kb : 0;
  const std::uint64_t limit_kb = limits.memory_mb * 1024ull;
  if (grown_kb > limit_kb || (r.result.empty() && grown_kb * 10 >= limit_kb * 8)) {
    out.verdict = Verdict::MemoryLimitExceeded;
    out.message = "used more than " + std::to_string(limits.memory_mb) + " MiB";
    return true;
  }
  if (r.seal == TestRecord::Seal::Forged) {
    out.verdict = Verdict::RuntimeError;
    out.message = "the test process wrote a result the runner did not seal (forged or corrupted)";
    return true;
  }
  if (r.result.empty() || r.code != 0) {
    out.verdict = Verdict::RuntimeError;
    out.message = "the test ended (exit status " + std::to_string(r.code) + ") without reporting a result";
    return true;
  }
  return false;
}

}  // namespace pyjudge
