// What the judge decides about a submission's file before a runner sees it:
// the exercise's size rule on the file, and for Python the text CPython would
// read (PEP 263) or the syntax error it would give. The runner gets UTF-8.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "judge/grading/verdict.hpp"
#include "judge/spec/exercise.hpp"
#include "protocol/messages.hpp"

namespace pyjudge {

struct PreparedSource {
  std::string text;                                // what the job carries
  std::optional<protocol::SubmissionStatus> stop;  // a syntax error or a broken rule: nothing to run
};

// `bytes` is the file, `file_size` its size (larger than `bytes` when the
// file was too large to read whole).
PreparedSource prepare_source(const Exercise& exercise, std::string_view bytes, std::uintmax_t file_size);

// The result of a submission stopped before it ran, worded as the runner's own
// syntax errors and broken rules are.
SubmissionResult stopped_before_running(const Exercise& exercise, const protocol::SubmissionStatus& stop,
                                        const std::string& solution_name, const std::string& python_version = "");

}  // namespace pyjudge
