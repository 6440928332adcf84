#include "runner/test_process.hpp"

#include <unistd.h>

#include "protocol/child_result.hpp"
#include "runner/fd_io.hpp"
#include "runner/interpreter.hpp"
#include "runner/sandbox/lockdown.hpp"
#include "runner/observation_encoder.hpp"

namespace py = pybind11;

namespace pyjudge::runner {
namespace {

// Room kept for the exception description after the observations.
constexpr std::size_t kExceptionReserve = 256 * 1024;

// The exception the driver ended with, described by the harness (type, MRO,
// message, traceback trimmed to candidate frames, the last candidate line), or nullopt.
std::optional<protocol::RaisedException> describe(const py::object& exc, const std::string& filename, const std::string& source) {
  if (exc.is_none()) return std::nullopt;
  auto [type, mro, message, traceback, line, line_text] =
      harness().attr("describe_exception")(exc, filename, source)
          .cast<std::tuple<std::string, std::vector<std::string>, std::string, std::string, std::uint32_t, std::string>>();
  return protocol::RaisedException{std::move(type), std::move(mro), std::move(message), std::move(traceback), line,
                                   std::move(line_text)};
}

// Loads `code` afresh as `module`, runs one driver, and returns the result
// body: the observations and the exception the driver ended with.
// `module_loaded` is called once the module's top level has finished (or None).
std::string run_driver(const py::object& code, const std::string& module, const std::string& filename,
                       const std::vector<std::string>& entry_points, const std::string& kind, const py::object& driver,
                       const std::string& source, const py::object& module_loaded) {
  ObservationEncoder encoder(wire::kMaxResultBytes - kExceptionReserve);
  py::cpp_function observe([&encoder](py::handle value) { encoder.observe(value.ptr()); }, py::name("observe"));
  const py::object exc =
      harness().attr("run_test")(code, module, filename, entry_points, kind, driver, observe, module_loaded);
  harness().attr("flush_stdio")();

  return protocol::child_result_body(encoder.count(), encoder.bytes(), describe(exc, filename, source));
}

}  // namespace

void run_test_process(const protocol::Job& job, const py::object& candidate_code, const protocol::JobTest& test, const py::object& driver_code,
                    const SealKey& key) {
  // 'M' on the status pipe: a time-out from here on is the test's, not the module's (supervisor.cpp).
  const py::cpp_function module_loaded([] { write_all(kStatusFd, "M"); });
  const std::string body = run_driver(candidate_code, job.module, job.filename, job.entry_points, test.kind,
                                      driver_code, job.source, module_loaded);
  write_all(kResultFd, sealed_frame(key, body));
  ::_exit(0);  // no interpreter shutdown: atexit hooks and stray threads die here
}

void warm_up_test_path() {
  static const std::string kSource = "def echo(x):\n    return x\n";
  static const std::string kFilename = "<pyjudge-warm-up>";
  static const std::string kModule = "pyjudge_warm_up";
  const py::object code = harness().attr("compile_candidate")(kSource, kFilename);
  const py::object driver = harness().attr("compile_test")("code", "observe(echo([1, 'a', None]))\nraise ValueError('warm-up')\n", py::list());
  const std::string body = run_driver(code, kModule, kFilename, {"echo"}, "code", driver, kSource, py::none());
  (void)sealed_frame(new_seal_key(), body);
  harness().attr("forget_test")(kModule);
}

}  // namespace pyjudge::runner
