#include "runner/interpreter.hpp"

#include <Python.h>
#include <unistd.h>

#include <climits>
#include <cstdlib>
#include <stdexcept>

#include "runner/harness_source.hpp"  // generated from harness.py at build time

namespace py = pybind11;

namespace pyjudge::runner {
namespace {

py::module_* g_harness = nullptr;

void check_status(PyStatus status, PyConfig& config) {
  if (PyStatus_Exception(status)) {
    PyConfig_Clear(&config);
    throw std::runtime_error(std::string("cannot start CPython: ") + (status.err_msg ? status.err_msg : "unknown error"));
  }
}

// The harness's code object: the bytecode compiled at build time, or the source
// compiled now when this CPython is not the version that made the bytecode.
py::object harness_code() {
  const auto version = py::module_::import("sys").attr("version_info");
  const unsigned running = version[py::int_(0)].cast<unsigned>() << 8 | version[py::int_(1)].cast<unsigned>();
  if (running == kHarnessPythonVersion) {
    const py::bytes data(reinterpret_cast<const char*>(kHarnessBytecode), sizeof kHarnessBytecode);
    return py::module_::import("marshal").attr("loads")(data);
  }
  return py::module_::import("builtins").attr("compile")(kHarnessSource, kHarnessFilename, "exec");
}

}  // namespace

void start_interpreter(const char* argv0) {
  // UTF-8 mode: open() and stdio default to UTF-8 whatever the (empty) locale says.
  PyPreConfig preconfig;
  PyPreConfig_InitIsolatedConfig(&preconfig);
  preconfig.utf8_mode = 1;
  const PyStatus pre = Py_PreInitialize(&preconfig);
  if (PyStatus_Exception(pre)) throw std::runtime_error(std::string("cannot start CPython: ") + (pre.err_msg ? pre.err_msg : "?"));
  PyConfig config;
  PyConfig_InitIsolatedConfig(&config);  // no environment variables, no user site, no cwd on sys.path
  config.site_import = 0;                 // no site-packages: only the stdlib
  config.write_bytecode = 0;
  config.install_signal_handlers = 0;
  config.parse_argv = 0;
  config.use_hash_seed = 1;  // fixed hash seed: the same set order on every run
  config.hash_seed = 0;
  char exe[PATH_MAX];
  const char* program = ::realpath("/proc/self/exe", exe) ? exe : argv0;
  check_status(PyConfig_SetBytesString(&config, &config.program_name, program), config);
  // The prefix of the CPython we were built against, never a pyenv found on PATH.
  check_status(PyConfig_SetBytesString(&config, &config.home, PYJUDGE_PYTHON_HOME), config);
  check_status(Py_InitializeFromConfig(&config), config);
  PyConfig_Clear(&config);

  auto module = py::module_::import("types").attr("ModuleType")("pyjudge_harness");
  py::module_::import("builtins").attr("exec")(harness_code(), module.attr("__dict__"));
  py::module_::import("sys").attr("modules")["pyjudge_harness"] = module;
  g_harness = new py::module_(module.cast<py::module_>());
}

py::module_& harness() { return *g_harness; }

std::string python_version() { return Py_GetVersion(); }

pid_t fork_with_python() {
  PyOS_BeforeFork();
  const pid_t pid = ::fork();
  if (pid == 0) PyOS_AfterFork_Child();
  else PyOS_AfterFork_Parent();
  return pid;
}

}  // namespace pyjudge::runner
