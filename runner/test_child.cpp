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

void write_exception(wire::Writer& body, const py::object& exc, const Job& job) {
  if (exc.is_none()) {
    body.u8(0);
    return;
  }
  auto [type, mro, message, traceback] =
      harness().attr("describe_exception")(exc, job.filename, job.source)
          .cast<std::tuple<std::string, std::vector<std::string>, std::string, std::string>>();
  body.u8(1);
  body.bytes(type);
  if (mro.size() > 64) mro.resize(64);
  body.u32(static_cast<std::uint32_t>(mro.size()));
  for (const auto& name : mro) body.bytes(name);
  body.bytes(message);
  body.bytes(traceback);
}

}  // namespace

void run_test_child(const Job& job, const py::object& candidate_code, const JobTest& test, const py::object& driver_code,
                    const SealKey& key) {
  ObservationEncoder encoder(wire::kMaxResultBytes - kExceptionReserve);
  py::cpp_function observe([&encoder](py::handle value) { encoder.observe(value.ptr()); }, py::name("observe"));
  const py::object exc = harness().attr("run_test")(candidate_code, job.module, job.filename, job.entry_points, test.kind,
                                                   driver_code, observe);
  harness().attr("flush_stdio")();

  wire::Writer body;
  body.u8(protocol::kChildResultVersion);
  body.u32(encoder.count());
  body.raw(encoder.bytes());
  write_exception(body, exc, job);
  write_all(kResultFd, sealed_frame(key, body.data()));
  ::_exit(0);  // no interpreter shutdown: atexit hooks and stray threads die here
}

}  // namespace pyjudge::runner
