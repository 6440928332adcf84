// Writes the seed corpus of fuzz_frames: valid frames made with the protocol's
// own encoders (Hello, every SubmissionStatus, TestRecords whose result holds a
// child result with observations of every value kind, End) and one whole
// session. Usage: make_frame_corpus OUTPUT_DIR   (fuzz/corpus/frames)
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <limits>
#include <string>
#include <vector>

#include "protocol/child_result.hpp"
#include "protocol/messages.hpp"
#include "protocol/value.hpp"
#include "protocol/value_codec.hpp"
#include "protocol/wire.hpp"

using namespace pyjudge;
namespace fs = std::filesystem;

namespace {

Value list_of(Value::Kind kind, std::vector<Value> items) { return Value::sequence(kind, std::move(items)); }

// One observation of each kind the runner reports, plus nesting.
std::vector<Value> every_kind() {
  using K = Value::Kind;
  return {
      Value::none(),
      Value::of_bool(true),
      Value::of_bool(false),
      Value::of_int(0),
      Value::of_int(-129),
      Value::of_int_decimal("123456789012345678901234567890"),
      Value::of_float(2.5),
      Value::of_float(-0.0),
      Value::of_float(std::numeric_limits<double>::infinity()),
      Value::of_float(std::nan("")),
      Value::of_str("h\xc3\xa9llo\n"),
      Value::of_bytes(std::string("a\0\xff", 3)),
      list_of(K::List, {Value::of_int(1), Value::of_str("two")}),
      list_of(K::Tuple, {Value::of_int(1)}),
      list_of(K::Dict, {Value::of_str("k"), Value::of_int(1), Value::of_int(2), Value::none()}),
      list_of(K::Set, {Value::of_int(1), Value::of_int(2)}),
      list_of(K::FrozenSet, {Value::of_str("x")}),
      list_of(K::List, {}),
      Value::unsupported("unsupported type MyList"),
      list_of(K::List, {list_of(K::Tuple, {list_of(K::Dict, {Value::of_int(1), list_of(K::FrozenSet, {Value::of_bool(true)})})})}),
  };
}

// What a test process writes on fd 3 (docs/protocol.md), seal removed.
std::string child_result(const std::vector<Value>& observations, bool raised) {
  protocol::ChildResult result{observations, std::nullopt};
  if (raised)
    result.exception = protocol::RaisedException{
        "solution.MyError", {"solution.MyError", "builtins.ValueError", "builtins.Exception"}, "bad value",
        "Traceback (most recent call last):\n  File \"solution.py\", line 3, in f\n", 3, "raise MyError('bad value')"};
  return protocol::encode(result);
}

protocol::TestRecord record(std::uint32_t index, std::string result) {
  protocol::TestRecord t;
  t.index = index;
  t.end = protocol::TestRecord::End::Exited;
  t.cpu_us = 1500;
  t.wall_us = 2100;
  t.peak_kb = 30000;
  t.baseline_kb = 28000;
  t.out = "printed\n";
  t.seal = protocol::TestRecord::Seal::Valid;
  t.locked_down = true;
  t.result = std::move(result);
  return t;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: make_frame_corpus OUTPUT_DIR\n";
    return 2;
  }
  const fs::path out = argv[1];
  fs::create_directories(out);
  auto write = [&](const std::string& name, const std::string& bytes) {
    std::ofstream(out / name, std::ios::binary) << bytes;
  };
  using wire::encode_frame;
  using wire::FrameType;

  protocol::Hello hello;
  hello.python_version = "3.11.2";
  const auto hello_frame = encode_frame(FrameType::Hello, protocol::encode(hello));
  write("hello", hello_frame);

  protocol::SubmissionStatus ready;
  ready.active_layers = {"namespaces", "rlimits", "seccomp"};
  ready.missing_layers = {"landlock: not supported by this kernel"};
  const auto ready_frame = encode_frame(FrameType::Submission, protocol::encode(ready));
  write("status-ready", ready_frame);
  using Code = protocol::SubmissionStatus::Code;
  for (auto [code, name] : {std::pair{Code::SyntaxError, "syntax-error"}, {Code::RuleViolation, "rule-violation"},
                            {Code::SetupFailed, "setup-failed"}, {Code::SandboxIncomplete, "sandbox-incomplete"}}) {
    protocol::SubmissionStatus s;
    s.code = code;
    s.message = std::string("message for ") + name;
    s.line = 3;
    s.column = 7;
    write(std::string("status-") + name, encode_frame(FrameType::Submission, protocol::encode(s)));
  }

  const auto values = every_kind();
  const auto values_result = child_result(values, false);
  const auto values_frame = encode_frame(FrameType::TestRecord, protocol::encode(record(0, values_result)));
  write("record-every-value-kind", values_frame);
  write("child-result-every-value-kind", values_result);  // the decoders also see raw input
  const auto raised_frame = encode_frame(FrameType::TestRecord, protocol::encode(record(1, child_result({Value::of_int(5)}, true))));
  write("record-raised", raised_frame);

  auto killed = record(2, "");
  killed.end = protocol::TestRecord::End::Signaled;
  killed.code = 9;
  killed.kill = protocol::TestRecord::Kill::Cpu;
  killed.output_truncated = true;
  killed.seal = protocol::TestRecord::Seal::Absent;
  write("record-killed", encode_frame(FrameType::TestRecord, protocol::encode(killed)));
  auto violation = record(3, "");
  violation.end = protocol::TestRecord::End::Signaled;
  violation.code = 31;
  violation.seal = protocol::TestRecord::Seal::Forged;
  violation.violation = "execve (running a program)";
  write("record-violation", encode_frame(FrameType::TestRecord, protocol::encode(violation)));

  protocol::EndOfSubmission end;
  const auto end_frame = encode_frame(FrameType::End, protocol::encode(end));
  write("end", end_frame);
  protocol::EndOfSubmission signaled{true, 9};
  write("end-signaled", encode_frame(FrameType::End, protocol::encode(signaled)));
  write("activity-waiting", encode_frame(FrameType::Activity, protocol::encode(protocol::Activity{true})));

  for (std::size_t i = 0; i < values.size(); ++i) {  // each value kind on its own, for decode_value
    wire::Writer w;
    wire::encode_value(w, values[i]);
    char name[32];
    std::snprintf(name, sizeof name, "value-%02zu", i);
    write(name, w.data());
  }

  write("session", hello_frame + ready_frame + values_frame + raised_frame + end_frame);
  return 0;
}
