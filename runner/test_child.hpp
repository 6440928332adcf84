// The test process: loads the candidate afresh, runs one test driver, and
// writes the observations and the exception it ended with to kResultFd.
#pragma once

#include <pybind11/pybind11.h>

#include "job.hpp"
#include "result_seal.hpp"

namespace pyjudge::runner {

[[noreturn]] void run_test_child(const Job& job, const pybind11::object& candidate_code, const JobTest& test,
                                 const pybind11::object& driver_code, const SealKey& key);

}  // namespace pyjudge::runner
