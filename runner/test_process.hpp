// The test process: loads the candidate afresh, runs one test driver, and
// writes the observations and the exception it ended with to kResultFd.
#pragma once

#include <pybind11/pybind11.h>

#include "protocol/job.hpp"
#include "runner/result_seal.hpp"

namespace pyjudge::runner {

// In the submission process, before the first test: runs the test path once on
// a stand-in module of our own, never the candidate's code. The type attribute
// cache, lazily bound library symbols and allocator state it fills are then
// inherited by every test process, instead of being rebuilt in each (and their
// pages copied after the fork).
void warm_up_test_path();

[[noreturn]] void run_test_process(const protocol::Job& job, const pybind11::object& candidate_code, const protocol::JobTest& test,
                                 const pybind11::object& driver_code, const SealKey& key);

}  // namespace pyjudge::runner
