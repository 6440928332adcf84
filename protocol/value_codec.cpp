#include "protocol/value_codec.hpp"

#include "protocol/bigint.hpp"

namespace pyjudge::wire {
namespace {

std::vector<Value> decode_items(Reader& reader, std::uint32_t count, int depth) {
  // Every value takes at least one byte, so a count beyond the bytes left is forged.
  if (count > reader.remaining()) throw DecodeError("container claims " + std::to_string(count) + " items but only " + std::to_string(reader.remaining()) + " bytes follow");
  std::vector<Value> items;
  items.reserve(count);
  for (std::uint32_t i = 0; i < count; ++i) items.push_back(decode_value(reader, depth + 1));
  return items;
}

}  // namespace

Value decode_value(Reader& reader, int depth) {
  if (depth > kMaxValueDepth) throw DecodeError("value nested deeper than " + std::to_string(kMaxValueDepth) + " levels");
  const auto tag = static_cast<ValueTag>(reader.u8());
  switch (tag) {
    case ValueTag::None: return Value::none();
    case ValueTag::True: return Value::of_bool(true);
    case ValueTag::False: return Value::of_bool(false);
    case ValueTag::Int: {
      std::string bytes = reader.bytes();
      if (bytes.empty() || bigint::canonical(bytes) != bytes) throw DecodeError("non-canonical integer encoding");
      Value v;
      v.kind = Value::Kind::Int;
      v.text = std::move(bytes);
      return v;
    }
    case ValueTag::Float: return Value::of_float(reader.f64());
    case ValueTag::Str: return Value::of_str(reader.bytes());
    case ValueTag::Bytes: return Value::of_bytes(reader.bytes());
    case ValueTag::Unsupported: return Value::unsupported(reader.bytes(4096));
    case ValueTag::List: return Value::sequence(Value::Kind::List, decode_items(reader, reader.u32(), depth));
    case ValueTag::Tuple: return Value::sequence(Value::Kind::Tuple, decode_items(reader, reader.u32(), depth));
    case ValueTag::Set: return Value::sequence(Value::Kind::Set, decode_items(reader, reader.u32(), depth));
    case ValueTag::FrozenSet: return Value::sequence(Value::Kind::FrozenSet, decode_items(reader, reader.u32(), depth));
    case ValueTag::Dict: {
      const std::uint32_t pairs = reader.u32();
      if (pairs > reader.remaining() / 2) throw DecodeError("dict claims " + std::to_string(pairs) + " entries but too few bytes follow");
      return Value::sequence(Value::Kind::Dict, decode_items(reader, pairs * 2, depth));
    }
  }
  throw DecodeError("unknown value tag " + std::to_string(static_cast<int>(tag)));
}

static ValueTag tag_of(Value::Kind kind) {
  switch (kind) {
    case Value::Kind::None: return ValueTag::None;
    case Value::Kind::Bool: return ValueTag::True;
    case Value::Kind::Int: return ValueTag::Int;
    case Value::Kind::Float: return ValueTag::Float;
    case Value::Kind::Str: return ValueTag::Str;
    case Value::Kind::Bytes: return ValueTag::Bytes;
    case Value::Kind::List: return ValueTag::List;
    case Value::Kind::Tuple: return ValueTag::Tuple;
    case Value::Kind::Dict: return ValueTag::Dict;
    case Value::Kind::Set: return ValueTag::Set;
    case Value::Kind::FrozenSet: return ValueTag::FrozenSet;
    case Value::Kind::Unsupported: return ValueTag::Unsupported;
  }
  return ValueTag::None;
}

void encode_value(Writer& writer, const Value& value) {
  if (value.kind == Value::Kind::Bool) {
    writer.u8(static_cast<std::uint8_t>(value.boolean ? ValueTag::True : ValueTag::False));
    return;
  }
  writer.u8(static_cast<std::uint8_t>(tag_of(value.kind)));
  switch (value.kind) {
    case Value::Kind::Int:
    case Value::Kind::Str:
    case Value::Kind::Bytes:
    case Value::Kind::Unsupported: writer.bytes(value.text); break;
    case Value::Kind::Float: writer.f64(value.number); break;
    case Value::Kind::Dict: writer.u32(static_cast<std::uint32_t>(value.items.size() / 2)); [[fallthrough]];
    case Value::Kind::List:
    case Value::Kind::Tuple:
    case Value::Kind::Set:
    case Value::Kind::FrozenSet:
      if (value.kind != Value::Kind::Dict) writer.u32(static_cast<std::uint32_t>(value.items.size()));
      for (const auto& item : value.items) encode_value(writer, item);
      break;
    default: break;
  }
}

}  // namespace pyjudge::wire
