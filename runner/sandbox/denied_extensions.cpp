#include "runner/sandbox/denied_extensions.hpp"

namespace pyjudge::runner {

bool is_denied_extension(const std::filesystem::path& file) {
  const std::string name = file.filename().string();
  for (const char* prefix : {"_ctypes", "_test", "_xx", "xxlimited"})
    if (name.rfind(prefix, 0) == 0) return true;
  return false;
}

}  // namespace pyjudge::runner
