// What a test process reports about its test: the observations and the
// exception it ended with. The test process shares its address space with the
// candidate, so this is the candidate's to forge: the judge decodes it
// strictly (invariant 5, docs/architecture.md), and the runner forwards it only
// with a valid per-test seal (runner/result_seal.hpp).
//
// On the wire: exactly one [u32 length][body], nothing before or after, where
// body = u8 version, u32 observation count, values..., u8 raised,
//        [bytes type, u32 n + bytes mro..., bytes message, bytes traceback,
//         u32 line, bytes line_text].
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "protocol/value.hpp"

namespace pyjudge::protocol {

inline constexpr std::uint8_t kChildResultVersion = 2;
// Exception class names listed from the MRO, most derived first.
inline constexpr std::size_t kMaxMroNames = 64;

struct RaisedException {
  std::string type;               // "builtins.ValueError", "solution.MyError"
  std::vector<std::string> mro;   // qualified names, most derived first
  std::string message;
  std::string traceback;          // trimmed to candidate frames
  // The last frame in the candidate's file: its line number and stripped text
  // (0 and "" when none). Shown for hidden tests too: it is the candidate's own code.
  std::uint32_t line = 0;
  std::string line_text;
  bool operator==(const RaisedException&) const = default;
};

struct ChildResult {
  std::vector<Value> observations;
  std::optional<RaisedException> exception;  // the exception the driver ended with
};

// The body from observations already in wire form (the runner encodes them
// straight from Python objects, observation_encoder.hpp).
std::string child_result_body(std::uint32_t observation_count, std::string_view encoded_observations,
                              const std::optional<RaisedException>& exception);
// The framed result: [u32 length][body].
std::string encode(const ChildResult& result);
std::string frame_child_result(std::string_view body);
// Exactly one [u32 length][body] and nothing after it; throws wire::DecodeError.
ChildResult decode_child_result(std::string_view raw);

}  // namespace pyjudge::protocol
