#include "protocol/child_result.hpp"

#include "protocol/value_codec.hpp"
#include "protocol/wire.hpp"

namespace pyjudge::protocol {
namespace {

using wire::DecodeError;
using wire::Reader;
using wire::Writer;

constexpr std::uint32_t kMaxText = 64 * 1024;

void write_exception(Writer& w, const std::optional<RaisedException>& e) {
  w.u8(e ? 1 : 0);
  if (!e) return;
  w.bytes(e->type);
  const std::size_t names = std::min(e->mro.size(), kMaxMroNames);
  w.u32(static_cast<std::uint32_t>(names));
  for (std::size_t i = 0; i < names; ++i) w.bytes(e->mro[i]);
  w.bytes(e->message);
  w.bytes(e->traceback);
  w.u32(e->line);
  w.bytes(e->line_text);
}

RaisedException read_exception(Reader& r) {
  RaisedException e;
  e.type = r.bytes(kMaxText);
  const auto names = r.u32();
  if (names > kMaxMroNames) throw DecodeError("an MRO of " + std::to_string(names) + " classes is too long");
  for (std::uint32_t i = 0; i < names; ++i) e.mro.push_back(r.bytes(kMaxText));
  e.message = r.bytes(kMaxText);
  e.traceback = r.bytes(kMaxText);
  e.line = r.u32();
  e.line_text = r.bytes(kMaxText);
  return e;
}

}  // namespace

std::string child_result_body(std::uint32_t observation_count, std::string_view encoded_observations,
                              const std::optional<RaisedException>& exception) {
  Writer w;
  w.u8(kChildResultVersion);
  w.u32(observation_count);
  w.raw(encoded_observations);
  write_exception(w, exception);
  return w.take();
}

std::string frame_child_result(std::string_view body) {
  Writer w;
  w.bytes(body);
  return w.take();
}

std::string encode(const ChildResult& result) {
  Writer values;
  for (const auto& v : result.observations) wire::encode_value(values, v);
  return frame_child_result(
      child_result_body(static_cast<std::uint32_t>(result.observations.size()), values.data(), result.exception));
}

ChildResult decode_child_result(std::string_view raw) {
  Reader outer(raw);
  const auto length = outer.u32();
  if (length != outer.remaining())
    throw DecodeError("result frame announces " + std::to_string(length) + " bytes but " +
                      std::to_string(outer.remaining()) + " were written");
  Reader r(raw.substr(4));
  if (r.u8() != kChildResultVersion) throw DecodeError("unknown result version");
  ChildResult c;
  const auto count = r.u32();
  if (count > r.remaining()) throw DecodeError("result claims " + std::to_string(count) + " observations but too few bytes follow");
  for (std::uint32_t i = 0; i < count; ++i) c.observations.push_back(wire::decode_value(r));
  if (r.boolean()) c.exception = read_exception(r);
  r.expect_end("test result");
  return c;
}

}  // namespace pyjudge::protocol
