// Edits one key of the `limits:` of a mapping in YAML text, keeping the rest of
// the file as the author wrote it (comments, order, block scalars). Used by
// `verify --calibrate --write`; a YAML emitter would rewrite the whole file.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>

namespace pyjudge {

class LimitsEditError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// In the mapping whose first key is at `line`:`column` (1-based, as a loader
// reports it; a sequence item's mapping starts after its "- "), sets
// `limits.key` to `value`, adding `limits: {key: value}` at the end of the
// mapping when it has none. nullopt removes the key, and `limits:` with it
// when nothing is left. A `limits:` written over several lines as a flow
// mapping is refused (LimitsEditError).
std::string edit_limit(const std::string& text, int line, int column, const std::string& key,
                       std::optional<std::uint32_t> value);

}  // namespace pyjudge
