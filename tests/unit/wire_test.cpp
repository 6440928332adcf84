// The frame codec and the value decoder on valid, truncated, oversized and
// garbage input (DESIGN.md invariant 5).
#include <doctest/doctest.h>

#include <random>

#include "core/bigint.hpp"
#include "core/protocol.hpp"
#include "core/value_codec.hpp"
#include "core/wire.hpp"

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

static Value sample_value() {
  return Value::sequence(Value::Kind::List,
                         {Value::none(), Value::of_bool(true), Value::of_int_decimal("-123456789012345678901234567890"),
                          Value::of_float(1.5), Value::of_str("héllo"), Value::of_bytes(std::string("\0\xff", 2)),
                          Value::sequence(Value::Kind::Tuple, {Value::of_int(1)}),
                          Value::sequence(Value::Kind::Dict, {Value::of_str("k"), Value::of_int(2)}),
                          Value::sequence(Value::Kind::Set, {Value::of_int(3)}),
                          Value::sequence(Value::Kind::FrozenSet, {}), Value::unsupported("unsupported type MyList")});
}

TEST_CASE("every value kind round-trips through the codec") {
  Writer w;
  encode_value(w, sample_value());
  Reader r(w.data());
  const Value back = decode_value(r);
  CHECK(r.at_end());
  CHECK(values_equal(back, sample_value()));
  CHECK(repr(back) == "[None, True, -123456789012345678901234567890, 1.5, 'héllo', b'\\x00\\xff', (1,), {'k': 2}, {3}, "
                      "frozenset(), <unsupported type MyList>]");
}

TEST_CASE("forged value encodings are rejected") {
  SUBCASE("a container claiming more items than bytes follow") {
    Reader r(std::string_view("L\xff\xff\xff\x0f", 5));
    CHECK_THROWS_AS(decode_value(r), DecodeError);
  }
  SUBCASE("an unknown tag") {
    Reader r(std::string_view("?", 1));
    CHECK_THROWS_WITH_AS(decode_value(r), "unknown value tag 63", DecodeError);
  }
  SUBCASE("a non-canonical integer") {
    Reader r(std::string_view("I\x02\x00\x00\x00\x01\x00", 7));
    CHECK_THROWS_WITH_AS(decode_value(r), "non-canonical integer encoding", DecodeError);
  }
  SUBCASE("nesting deeper than the limit") {
    std::string deep;
    for (int i = 0; i <= kMaxValueDepth + 1; ++i) deep += std::string("L\x01\x00\x00\x00", 5);
    deep += "N";
    Reader r(deep);
    CHECK_THROWS_AS(decode_value(r), DecodeError);
  }
}

TEST_CASE("a child result must be exactly one frame") {
  Writer body;
  body.u8(protocol::kChildResultVersion);
  body.u32(1);
  encode_value(body, Value::of_int(42));
  body.u8(0);
  Writer framed;
  framed.u32(static_cast<std::uint32_t>(body.size()));
  framed.raw(body.data());
  const auto ok = protocol::decode_child_result(framed.data());
  REQUIRE(ok.observations.size() == 1);
  CHECK(values_equal(ok.observations[0], Value::of_int(42)));

  CHECK_THROWS_AS(protocol::decode_child_result(framed.data() + "extra"), DecodeError);            // forged second frame
  CHECK_THROWS_AS(protocol::decode_child_result(framed.data().substr(0, framed.size() - 1)), DecodeError);  // truncated
  CHECK_THROWS_AS(protocol::decode_child_result(""), DecodeError);
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

TEST_CASE("test records round-trip") {
  protocol::TestRecord t;
  t.index = 7;
  t.end = protocol::TestRecord::End::Signaled;
  t.code = 9;
  t.kill = protocol::TestRecord::Kill::Wall;
  t.cpu_us = 123;
  t.out = "out";
  t.result = "res";
  t.module_loaded = true;
  t.skipped_for = 3;
  const auto back = protocol::decode_test_record(protocol::encode(t));
  CHECK(back.index == 7);
  CHECK(back.module_loaded);
  CHECK(back.skipped_for == 3);
  CHECK(back.end == protocol::TestRecord::End::Signaled);
  CHECK(back.kill == protocol::TestRecord::Kill::Wall);
  CHECK(back.out == "out");
  CHECK(back.result == "res");
  std::string bad = protocol::encode(t);
  bad[4] = 9;  // an End value that does not exist
  CHECK_THROWS_AS(protocol::decode_test_record(bad), DecodeError);
}
