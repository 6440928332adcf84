// Frames and the bounds-checked Reader: every malformed byte is a DecodeError,
// never a crash (invariant 5, docs/architecture.md).
#include <doctest/doctest.h>

#include <random>

#include "protocol/child_result.hpp"
#include "protocol/messages.hpp"
#include "protocol/wire.hpp"

using namespace pyjudge;
using namespace pyjudge::wire;

TEST_CASE("a frame survives being fed one byte at a time") {
  const std::string bytes = encode_frame(FrameType::TestRecord, "payload") + encode_frame(FrameType::End, "x");
  FrameDecoder decoder;
  std::vector<Frame> frames;
  for (char c : bytes) {
    decoder.feed(std::string_view(&c, 1));
    while (auto f = decoder.next()) frames.push_back(*f);
  }
  REQUIRE(frames.size() == 2);
  CHECK(frames[0].type == FrameType::TestRecord);
  CHECK(frames[0].payload == "payload");
  CHECK(frames[1].type == FrameType::End);
  CHECK_FALSE(decoder.has_partial_data());
}

TEST_CASE("frames read in many chunks come out whole and in order") {
  // Many frames per read, and reads that end mid-frame: the decoder drops its
  // consumed front as it goes, which must not lose or reorder a byte.
  std::string bytes;
  for (int i = 0; i < 5000; ++i) bytes += encode_frame(FrameType::TestRecord, std::to_string(i));
  FrameDecoder decoder;
  int expected = 0;
  for (std::size_t at = 0; at < bytes.size(); at += 777) {
    decoder.feed(std::string_view(bytes).substr(at, 777));
    for (int taken = 0; taken < 40; ++taken) {  // leave some for after the next feed
      auto frame = decoder.next();
      if (!frame) break;
      REQUIRE(frame->payload == std::to_string(expected++));
    }
  }
  while (auto frame = decoder.next()) REQUIRE(frame->payload == std::to_string(expected++));
  CHECK(expected == 5000);
  CHECK_FALSE(decoder.has_partial_data());
  CHECK(decoder.buffered() == 0);
}

TEST_CASE("a truncated frame is never returned") {
  const std::string bytes = encode_frame(FrameType::Hello, "0123456789");
  FrameDecoder decoder;
  decoder.feed(std::string_view(bytes).substr(0, bytes.size() - 1));
  CHECK_FALSE(decoder.next().has_value());
  CHECK(decoder.has_partial_data());
}

TEST_CASE("an oversized frame length is rejected before it is buffered") {
  FrameDecoder decoder(1024);
  const std::string header("\x01\x10\x00\x00R", 5);  // 4097 bytes announced
  decoder.feed(header);
  CHECK_THROWS_AS(decoder.next(), DecodeError);
}

TEST_CASE("zero-length and unknown-type frames are rejected") {
  FrameDecoder empty;
  empty.feed(std::string("\0\0\0\0", 4));
  CHECK_THROWS_AS(empty.next(), DecodeError);
  FrameDecoder unknown;
  unknown.feed(std::string("\x02\0\0\0Qx", 6));
  CHECK_THROWS_WITH_AS(unknown.next(), "unknown frame type 81", DecodeError);
}

TEST_CASE("the reader refuses to read past the end") {
  Reader r(std::string_view("\x05\x00\x00\x00" "abc", 7));
  CHECK_THROWS_AS(r.bytes(), DecodeError);
  Reader b(std::string_view("\x02", 1));
  CHECK_THROWS_WITH_AS(b.boolean(), "invalid boolean byte 2", DecodeError);
  Reader t(std::string_view("\x01\x02", 2));
  t.u8();
  CHECK_THROWS_AS(t.expect_end("test"), DecodeError);
}

TEST_CASE("random garbage never crashes the decoders") {
  std::mt19937 rng(12345);
  int decoded = 0;
  for (int round = 0; round < 5000; ++round) {
    std::string junk(rng() % 64, '\0');
    for (auto& c : junk) c = static_cast<char>(rng());
    if (round % 2) junk.insert(0, std::string("\x10\0\0\0\x01", 5));  // a plausible header
    try {
      protocol::decode_child_result(junk);
      ++decoded;
    } catch (const DecodeError&) {
    }
    try {
      protocol::decode_test_record(junk);
    } catch (const DecodeError&) {
    }
    FrameDecoder d;
    d.feed(junk);
    try {
      while (d.next()) {
      }
    } catch (const DecodeError&) {
    }
  }
  CHECK(decoded < 5000);
}
