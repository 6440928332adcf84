// The test process's result: encoded by the runner, decoded strictly by the
// judge, which treats it as the candidate's to forge.
#include <doctest/doctest.h>

#include "protocol/child_result.hpp"
#include "protocol/value_codec.hpp"
#include "protocol/wire.hpp"

using namespace pyjudge;
using protocol::ChildResult;
using protocol::RaisedException;
using wire::DecodeError;

TEST_CASE("a child result round-trips, with and without an exception") {
  ChildResult plain{{Value::of_int(42), Value::of_str("x")}, std::nullopt};
  const auto back = protocol::decode_child_result(protocol::encode(plain));
  REQUIRE(back.observations.size() == 2);
  CHECK(values_equal(back.observations[1], Value::of_str("x")));
  CHECK_FALSE(back.exception);

  ChildResult raised{{}, RaisedException{"m.E", {"m.E", "builtins.ValueError", "builtins.Exception"}, "boom", "Traceback...", 12,
                                         "return total / count"}};
  const auto again = protocol::decode_child_result(protocol::encode(raised));
  REQUIRE(again.exception);
  CHECK(*again.exception == *raised.exception);
  CHECK(again.exception->line == 12);
  CHECK(again.exception->line_text == "return total / count");
}

TEST_CASE("the runner's body from pre-encoded observations equals encode()") {
  wire::Writer values;
  wire::encode_value(values, Value::of_int(7));
  const auto body = protocol::child_result_body(1, values.data(), std::nullopt);
  CHECK(protocol::frame_child_result(body) == protocol::encode(ChildResult{{Value::of_int(7)}, std::nullopt}));
}

TEST_CASE("an MRO longer than the limit is cut by the encoder and refused by the decoder") {
  std::vector<std::string> mro(protocol::kMaxMroNames + 10, "m.C");
  const auto encoded = protocol::encode(ChildResult{{}, RaisedException{"m.C", mro, "", ""}});
  CHECK(protocol::decode_child_result(encoded).exception->mro.size() == protocol::kMaxMroNames);

  wire::Writer forged;
  forged.u8(protocol::kChildResultVersion);
  forged.u32(0);
  forged.u8(1);
  forged.bytes("m.C");
  forged.u32(static_cast<std::uint32_t>(protocol::kMaxMroNames + 1));
  CHECK_THROWS_AS(protocol::decode_child_result(protocol::frame_child_result(forged.data())), DecodeError);
}

TEST_CASE("a child result must be exactly one frame") {
  const std::string framed = protocol::encode(ChildResult{{Value::of_int(42)}, std::nullopt});
  CHECK_THROWS_AS(protocol::decode_child_result(framed + "extra"), DecodeError);                     // forged second frame
  CHECK_THROWS_AS(protocol::decode_child_result(framed.substr(0, framed.size() - 1)), DecodeError);  // truncated
  CHECK_THROWS_AS(protocol::decode_child_result(""), DecodeError);
  std::string wrong_version = framed;
  wrong_version[4] = 1;  // the format before the line fields
  CHECK_THROWS_WITH_AS(protocol::decode_child_result(wrong_version), "unknown result version", DecodeError);
}
