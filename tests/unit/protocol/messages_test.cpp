// The runner's messages to the judge: encoded and decoded strictly.
#include <doctest/doctest.h>

#include "protocol/messages.hpp"

using namespace pyjudge;
using wire::DecodeError;

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

TEST_CASE("activity frames say waiting or computing, in one byte") {
  CHECK(protocol::decode_activity(protocol::encode(protocol::Activity{true})).waiting);
  CHECK_FALSE(protocol::decode_activity(protocol::encode(protocol::Activity{false})).waiting);
  CHECK(protocol::encode(protocol::Activity{true}) == std::string(1, '\1'));
  CHECK_THROWS_AS(protocol::decode_activity(std::string(1, '\2')), DecodeError);  // not a boolean
  CHECK_THROWS_AS(protocol::decode_activity(std::string(2, '\1')), DecodeError);  // trailing bytes
  CHECK_THROWS_AS(protocol::decode_activity(""), DecodeError);
}
