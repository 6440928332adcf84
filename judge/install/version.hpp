// What `pyjudge --version` prints: this build's version, git revision,
// the CPython the runner embeds and the judge-runner protocol version.
#pragma once

#include <string>

namespace pyjudge {

// "pyjudge 0.1.0 (git f2a5b18c0d1e)\nCPython 3.11.2 (embedded by pyjudge-runner)\nprotocol 4"
std::string version_text();

}  // namespace pyjudge
