#include "test_child.hpp"

#include <unistd.h>

#include "core/protocol.hpp"
#include "fd_io.hpp"
#include "interpreter.hpp"
#include "lockdown.hpp"
#include "observation_encoder.hpp"

namespace py = pybind11;

namespace pyjudge::runner {
namespace {

// Room kept for the exception description after the observations.
constexpr std::size_t kExceptionReserve = 256 * 1024;

void write_exception(wire::Writer& body, const py::object& exc, const std::string& filename, const std::string& source) {
  if (exc.is_none()) {
    body.u8(0);
    return;
  }
  auto [type, mro, message, traceback] =
      harness().attr("describe_exception")(exc, filename, source)
          .cast<std::tuple<std::string, std::vector<std::string>, std::string, std::string>>();
  body.u8(1);
  body.bytes(type);
  if (mro.size() > 64) mro.resize(64);
  body.u32(static_cast<std::uint32_t>(mro.size()));
  for (const auto& name : mro) body.bytes(name);
  body.bytes(message);
  body.bytes(traceback);
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

  wire::Writer body;
  body.u8(protocol::kChildResultVersion);
  body.u32(encoder.count());
  body.raw(encoder.bytes());
  write_exception(body, exc, filename, source);
  return body.data();
}

}  // namespace

void run_test_child(const Job& job, const py::object& candidate_code, const JobTest& test, const py::object& driver_code,
                    const SealKey& key) {
  // 'M' on the status pipe: a time-out from here on is the test's, not the module's (test_supervisor).
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
  const py::object driver = harness().attr("compile_driver")("code", "observe(echo([1, 'a', None]))\nraise ValueError('warm-up')\n");
  const std::string body = run_driver(code, kModule, kFilename, {"echo"}, "code", driver, kSource, py::none());
  (void)sealed_frame(new_seal_key(), body);
  harness().attr("forget_test")(kModule);
}

}  // namespace pyjudge::runner
