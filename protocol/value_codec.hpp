// Wire encoding of observed values. The runner writes these tags from exact
// Python types; the judge decodes them strictly into Values.
#pragma once

#include <cstdint>

#include "protocol/value.hpp"
#include "protocol/wire.hpp"

namespace pyjudge::wire {

inline constexpr int kMaxValueDepth = 64;

// One tag byte, then: Int: bytes (two's complement LE); Float: f64; Str/Bytes:
// bytes; List/Tuple/Set/FrozenSet: u32 count + values; Dict: u32 count + key,value
// pairs; Unsupported: bytes (what could not be reported, e.g. "unsupported type MyList").
enum class ValueTag : std::uint8_t {
  None = 'N', True = 'T', False = 'F', Int = 'I', Float = 'D', Str = 'S', Bytes = 'B',
  List = 'L', Tuple = 'U', Dict = 'M', Set = 'E', FrozenSet = 'Z', Unsupported = 'X',
};

Value decode_value(Reader& reader, int depth = 0);
void encode_value(Writer& writer, const Value& value);  // for tests and recorded frames

}  // namespace pyjudge::wire
