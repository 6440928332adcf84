#include "submission.hpp"

#include <unistd.h>

#include <optional>
#include <vector>

#include "core/protocol.hpp"
#include "fd_io.hpp"
#include "interpreter.hpp"
#include "lockdown.hpp"
#include "test_child.hpp"
#include "test_supervisor.hpp"

namespace py = pybind11;

namespace pyjudge::runner {
namespace {

using protocol::SubmissionStatus;

void send_status(int fd, const SubmissionStatus& status) {
  write_frame(fd, wire::FrameType::Submission, protocol::encode(status));
}

[[noreturn]] void finish(int fd, const SubmissionStatus& status) {
  send_status(fd, status);
  ::_exit(0);
}

py::dict rules_dict(const Rules& rules) {
  py::dict d;
  d["forbid_imports"] = rules.forbid_imports;
  d["forbid_names"] = rules.forbid_names;
  if (!rules.require_generator.empty()) d["require_generator"] = rules.require_generator;
  if (!rules.require_class.empty()) d["require_class"] = rules.require_class;
  d["max_source_bytes"] = rules.max_source_bytes;
  return d;
}

void preload_imports(const Job& job) {
  py::list sources;
  sources.append(job.source);
  for (const auto& test : job.tests) sources.append(test.code);
  harness().attr("preload")(harness().attr("imported_modules")(sources));
}

std::uint32_t int_attr(const py::object& obj, const char* name) {
  py::object v = py::getattr(obj, name, py::none());
  return v.is_none() ? 0 : v.cast<std::uint32_t>();
}

// The candidate's code object, or the syntax error that stops it from compiling.
py::object compile_candidate(const Job& job, int fd) {
  try {
    return harness().attr("compile_candidate")(job.source, job.filename);
  } catch (py::error_already_set& e) {
    SubmissionStatus status{SubmissionStatus::Code::SyntaxError, e.what(), 0, 0};
    if (e.matches(PyExc_SyntaxError)) {
      py::object err = e.value();
      status.message = py::str(py::getattr(err, "msg", py::str("invalid syntax"))).cast<std::string>();
      status.line = int_attr(err, "lineno");
      status.column = int_attr(err, "offset");
    }
    finish(fd, status);
  }
}

void check_rules(const Job& job, int fd) {
  py::object violation = harness().attr("check_rules")(job.source, rules_dict(job.rules));
  if (violation.is_none()) return;
  auto [message, line] = violation.cast<std::pair<std::string, std::uint32_t>>();
  finish(fd, {SubmissionStatus::Code::RuleViolation, message, line, 0});
}

std::vector<py::object> compile_drivers(const Job& job, int fd) {
  std::vector<py::object> drivers;
  for (const auto& test : job.tests) {
    try {
      drivers.push_back(harness().attr("compile_driver")(test.kind, test.code));
    } catch (py::error_already_set& e) {
      finish(fd, {SubmissionStatus::Code::SetupFailed, "test '" + test.name + "' does not compile: " + e.what(), 0, 0});
    }
  }
  return drivers;
}

}  // namespace

void run_submission(const Job& job, int fd, const std::string& scratch_dir) {
  try {
    preload_imports(job);
    lock_down_submission(scratch_dir, fd);
    harness().attr("clear_environ")();
    const py::object candidate = compile_candidate(job, fd);
    check_rules(job, fd);
    const std::vector<py::object> drivers = compile_drivers(job, fd);
    send_status(fd, {SubmissionStatus::Code::Ready, "", 0, 0});
    for (std::uint32_t i = 0; i < job.tests.size(); ++i) {
      const auto record = supervise_test(i, job.tests[i].limits, [&](const SealKey& key) { run_test_child(job, candidate, job.tests[i], drivers[i], key); });
      if (!write_frame(fd, wire::FrameType::TestRecord, protocol::encode(record))) ::_exit(1);
    }
    ::_exit(0);
  } catch (const std::exception& e) {
    finish(fd, {SubmissionStatus::Code::SetupFailed, std::string("runner failed: ") + e.what(), 0, 0});
  }
}

}  // namespace pyjudge::runner
