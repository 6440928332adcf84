#include "runner/submission.hpp"

#include <unistd.h>

#include <optional>
#include <vector>

#include "protocol/messages.hpp"
#include "runner/fd_io.hpp"
#include "runner/interpreter.hpp"
#include "runner/sandbox/lockdown.hpp"
#include "runner/test_process.hpp"
#include "runner/supervisor.hpp"

namespace py = pybind11;

namespace pyjudge::runner {
namespace {

using protocol::SubmissionStatus;

SubmissionStatus layer_status(const LayerReport& report) {
  SubmissionStatus status;
  for (const auto& layer : report.layers()) {
    if (layer.active) status.active_layers.push_back(layer.name);
    else status.missing_layers.push_back(layer.name + ": " + layer.detail);
  }
  return status;
}

SubmissionStatus with_layers(SubmissionStatus status, const SubmissionStatus& layers) {
  status.active_layers = layers.active_layers;
  status.missing_layers = layers.missing_layers;
  return status;
}

void send_status(int fd, const SubmissionStatus& status) {
  write_frame(fd, wire::FrameType::Submission, protocol::encode(status));
}

[[noreturn]] void finish(int fd, const SubmissionStatus& status) {
  send_status(fd, status);
  ::_exit(0);
}

py::dict rules_dict(const protocol::Rules& rules) {
  py::dict d;
  d["forbid_imports"] = rules.forbid_imports;
  d["forbid_names"] = rules.forbid_names;
  if (!rules.require_generator.empty()) d["require_generator"] = rules.require_generator;
  if (!rules.require_class.empty()) d["require_class"] = rules.require_class;
  d["max_source_bytes"] = rules.max_source_bytes;
  return d;
}

std::uint32_t int_attr(const py::object& obj, const char* name) {
  py::object v = py::getattr(obj, name, py::none());
  return v.is_none() ? 0 : v.cast<std::uint32_t>();
}

// The candidate's code object, or the syntax error that stops it from compiling.
py::object compile_candidate(const protocol::Job& job, int fd, const SubmissionStatus& layers) {
  try {
    return harness().attr("compile_candidate")(job.source, job.filename);
  } catch (py::error_already_set& e) {
    // e.what() would add the harness's own frames: the candidate gets the exception alone.
    SubmissionStatus status{SubmissionStatus::Code::SyntaxError,
                            py::str(e.type().attr("__name__")).cast<std::string>() + ": " + py::str(e.value()).cast<std::string>(), 0, 0, {}, {}};
    if (e.matches(PyExc_SyntaxError)) {
      py::object err = e.value();
      status.message = py::str(py::getattr(err, "msg", py::str("invalid syntax"))).cast<std::string>();
      status.line = int_attr(err, "lineno");
      status.column = int_attr(err, "offset");
    }
    finish(fd, with_layers(status, layers));
  }
}

void check_rules(const protocol::Job& job, int fd, const SubmissionStatus& layers) {
  py::object violation = harness().attr("check_rules")(job.source, rules_dict(job.rules));
  if (violation.is_none()) return;
  auto [message, line] = violation.cast<std::pair<std::string, std::uint32_t>>();
  finish(fd, with_layers({SubmissionStatus::Code::RuleViolation, message, line, 0, {}, {}}, layers));
}

std::vector<py::object> compile_drivers(const protocol::Job& job, int fd, const SubmissionStatus& layers) {
  std::vector<py::object> drivers;
  for (const auto& test : job.tests) {
    try {
      py::list modules;
      for (const auto& m : test.modules) modules.append(py::make_tuple(m.name, m.source));
      drivers.push_back(harness().attr("compile_test")(test.kind, test.code, modules));
    } catch (py::error_already_set& e) {
      finish(fd, with_layers({SubmissionStatus::Code::SetupFailed, "test '" + test.name + "' does not compile: " + e.what(), 0, 0, {}, {}}, layers));
    }
  }
  return drivers;
}

}  // namespace

void import_modules(const std::vector<std::string>& modules) {
  // SQLite's default temp dirs (/var/tmp, /tmp) are outside the sandbox: big
  // sorts and GROUP BYs spill to the working folder, each test's own, instead
  // (docs/sandbox.md). SQLite reads this when it is imported.
  ::setenv("SQLITE_TMPDIR", ".", 1);
  harness().attr("preload")(modules);
}

PreparedSubmission prepare_submission(const std::vector<std::string>& modules) {
  import_modules(modules);  // done already in the zygote this launcher was forked from
  harness().attr("clear_environ")();
  return {own_memory(), landlock_paths()};
}

void run_submission_process(const protocol::Job& job, const PreparedSubmission& prepared, int fd, LayerReport report) {
  try {
    lock_down_submission(prepared.paths, report);
    const std::optional<SyscallFilter> filter = prepare_test_layers(report);
    const SupervisorContext context{prepared.baseline, filter ? &*filter : nullptr};
    const SubmissionStatus layers = layer_status(report);
    if (job.require_sandbox && !layers.missing_layers.empty()) {
      finish(fd, with_layers({SubmissionStatus::Code::SandboxIncomplete, "a sandbox layer is missing", 0, 0, {}, {}}, layers));
    }
    const py::object candidate = compile_candidate(job, fd, layers);
    check_rules(job, fd, layers);
    const std::vector<py::object> drivers = compile_drivers(job, fd, layers);
    warm_up_test_path();
    send_status(fd, with_layers({SubmissionStatus::Code::Ready, "", 0, 0, {}, {}}, layers));
    std::vector<protocol::Limits> limits;
    for (const auto& test : job.tests) limits.push_back(test.limits);
    supervise_tests(
        limits, job.parallel_tests, context,
        [&](std::uint32_t i, const SealKey& key) { run_test_process(job, candidate, job.tests[i], drivers[i], key); },
        {[fd](const protocol::TestRecord& record) {
           if (!write_frame(fd, wire::FrameType::TestRecord, protocol::encode(record))) ::_exit(1);
         },
         [fd](bool waiting) {
           if (!write_frame(fd, wire::FrameType::Activity, protocol::encode(protocol::Activity{waiting}))) ::_exit(1);
         }});
    ::_exit(0);
  } catch (const std::exception& e) {
    finish(fd, {SubmissionStatus::Code::SetupFailed, std::string("runner failed: ") + e.what(), 0, 0, {}, {}});
  }
}

}  // namespace pyjudge::runner
