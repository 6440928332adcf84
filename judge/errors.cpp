#include "judge/errors.hpp"

namespace pyjudge {

std::string Diagnostic::format() const {
  if (line == 0) return file + ": " + message;
  return file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + message;
}

static std::string join_messages(const std::vector<Diagnostic>& ds) {
  std::string out;
  for (const auto& d : ds) out += (out.empty() ? "" : "\n") + d.format();
  return out;
}

SpecError::SpecError(std::vector<Diagnostic> diagnostics)
    : std::runtime_error(join_messages(diagnostics)), diagnostics_(std::move(diagnostics)) {}

}  // namespace pyjudge
