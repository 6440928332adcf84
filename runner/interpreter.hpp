// Starts the embedded CPython once per runner process, isolated from the
// environment, site-packages and user configuration, and loads the harness.
#pragma once

#include <pybind11/embed.h>
#include <pybind11/stl.h>

#include <string>

namespace pyjudge::runner {

void start_interpreter(const char* argv0);
pybind11::module_& harness();
std::string python_version();

// fork() with CPython's before/after hooks. Returns like fork().
pid_t fork_with_python();

}  // namespace pyjudge::runner
