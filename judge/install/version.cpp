#include "judge/install/version.hpp"

#include "judge/git_revision.hpp"  // generated at build time (cmake/BuildInfo.cmake)
#include "protocol/messages.hpp"

namespace pyjudge {

std::string version_text() {
  return std::string("pyjudge ") + PYJUDGE_VERSION + " (git " + PYJUDGE_GIT_REVISION + ")\n" +
         "CPython " + PYJUDGE_PYTHON_VERSION + " (embedded by pyjudge-runner)\n" +
         "protocol " + std::to_string(protocol::kProtocolVersion);
}

}  // namespace pyjudge
