// Seals a test process's result with a per-test secret key (SipHash-2-4), so
// that a candidate that writes its own bytes to the result fd cannot pass them
// off as the runner's. The key is made by the submission process right before
// it forks the test and lives only in C++ memory; Landlock keeps the candidate
// away from /proc/self/mem, and ctypes is not importable (docs/threat-model.md).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace pyjudge::runner {

using SealKey = std::array<std::uint8_t, 16>;
inline constexpr std::size_t kSealBytes = 8;

SealKey new_seal_key();
std::string seal(const SealKey& key, std::string_view body);  // kSealBytes
bool seal_matches(const SealKey& key, std::string_view body, std::string_view tag);

// [u32 length][body][seal]: what the test process writes on its result fd.
std::string sealed_frame(const SealKey& key, std::string_view body);
// Checks a sealed frame; on success returns [u32 length][body] for the judge.
bool unseal_frame(const SealKey& key, std::string_view raw, std::string& unsealed);

}  // namespace pyjudge::runner
