// libFuzzer target: the bytes a runner (or a candidate who took it over) could
// write to the judge. They go through wire::FrameDecoder, and every frame's
// payload through every decoder the judge has. Only wire::DecodeError may come
// out; anything else (another exception, a crash, a leak, a sanitizer report,
// a hang) is a finding. See docs/fuzzing.md.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "protocol/child_result.hpp"
#include "protocol/messages.hpp"
#include "protocol/value.hpp"
#include "protocol/value_codec.hpp"
#include "protocol/wire.hpp"

using namespace pyjudge;

namespace {

// A broken invariant (not a crash by itself): abort so libFuzzer saves the input.
void require(bool ok) {
  if (!ok) std::abort();
}

// What the judge does with observations once decoded: print and compare them.
void use_values(const std::vector<Value>& values) {
  for (const auto& v : values) {
    (void)repr(v, 200);
    require(compare_values(v, v) == 0);
  }
}

void child_result(std::string_view raw) {
  try {
    const auto c = protocol::decode_child_result(raw);
    use_values(c.observations);
  } catch (const wire::DecodeError&) {
  }
}

// Every decoder on one payload; each strict decoder must round-trip what it accepts.
void payload(std::string_view p) {
  try {
    const auto h = protocol::decode_hello(p);
    require(protocol::encode(h) == p);
  } catch (const wire::DecodeError&) {
  }
  try {
    const auto s = protocol::decode_submission_status(p);
    require(protocol::encode(s) == p);
  } catch (const wire::DecodeError&) {
  }
  try {
    const auto t = protocol::decode_test_record(p);
    require(protocol::encode(t) == p);
    child_result(t.result);
  } catch (const wire::DecodeError&) {
  }
  try {
    const auto e = protocol::decode_end(p);
    require(protocol::encode(e) == p);
  } catch (const wire::DecodeError&) {
  }
  try {
    const auto a = protocol::decode_activity(p);
    require(protocol::encode(a) == p);
  } catch (const wire::DecodeError&) {
  }
  child_result(p);
  try {
    wire::Reader r(p);
    const auto v = wire::decode_value(r);
    wire::Writer w;
    wire::encode_value(w, v);
    require(w.data() == p.substr(0, p.size() - r.remaining()));
    use_values({v});
  } catch (const wire::DecodeError&) {
  }
}

// Frames cut from `bytes` fed in pieces of `chunk` bytes, up to the first decode
// error (recorded as a frame of type 0 holding the message).
std::vector<wire::Frame> frames(std::string_view bytes, std::size_t chunk) {
  std::vector<wire::Frame> out;
  wire::FrameDecoder decoder;
  try {
    for (std::size_t at = 0; at < bytes.size(); at += chunk) {
      decoder.feed(bytes.substr(at, chunk));
      while (auto f = decoder.next()) out.push_back(std::move(*f));
    }
  } catch (const wire::DecodeError& e) {
    out.push_back({static_cast<wire::FrameType>(0), e.what()});
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const auto whole = frames(bytes, bytes.size() + 1);
  // Cutting the stream differently must not change what comes out of it.
  const auto pieces = frames(bytes, 7);
  require(pieces.size() == whole.size());
  for (std::size_t i = 0; i < whole.size(); ++i)
    require(pieces[i].type == whole[i].type && pieces[i].payload == whole[i].payload);
  for (const auto& f : whole)
    if (f.type != static_cast<wire::FrameType>(0)) payload(f.payload);
  payload(bytes);  // the decoders also get the raw input, so they need not wait for framing
  return 0;
}
