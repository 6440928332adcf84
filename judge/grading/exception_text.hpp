// How the judge names an exception the candidate's code raised. Its class and
// the line of the candidate's file it came from may be shown for hidden tests
// (they are the candidate's own code); its message and traceback may not
// (they can hold a test's input).
#pragma once

#include <string>

#include "protocol/child_result.hpp"

namespace pyjudge {

// "builtins.ValueError" -> "ValueError".
std::string short_type(const std::string& qualified);
// "ZeroDivisionError at line 12: return total / count", one line; without a
// line of the candidate's file, "StopIteration (raised in the test, outside
// your code)".
std::string exception_summary(const protocol::RaisedException& raised);
// The traceback naming the candidate's file as the learner knows it
// (`shown_path`, e.g. /tmp/work/syntax.py) instead of the runner's module file
// name (`module_file`, e.g. evens.py).
std::string with_learner_path(const std::string& traceback, const std::string& module_file, const std::string& shown_path);

}  // namespace pyjudge
