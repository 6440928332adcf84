#include "protocol/messages.hpp"


namespace pyjudge::protocol {

using wire::DecodeError;
using wire::Reader;
using wire::Writer;

namespace {

constexpr std::uint32_t kMaxListedStrings = 256;
constexpr std::uint32_t kMaxShortString = 64 * 1024;

void write_strings(Writer& w, const std::vector<std::string>& xs) {
  w.u32(static_cast<std::uint32_t>(xs.size()));
  for (const auto& s : xs) w.bytes(s);
}

std::vector<std::string> read_strings(Reader& r) {
  const auto n = r.u32();
  if (n > kMaxListedStrings) throw DecodeError("list of " + std::to_string(n) + " strings is too long");
  std::vector<std::string> xs;
  for (std::uint32_t i = 0; i < n; ++i) xs.push_back(r.bytes(kMaxShortString));
  return xs;
}

template <typename Enum>
Enum read_enum(Reader& r, Enum last, const char* what) {
  const auto v = r.u8();
  if (v > static_cast<std::uint8_t>(last)) throw DecodeError(std::string("invalid ") + what + " " + std::to_string(v));
  return static_cast<Enum>(v);
}

}  // namespace

std::string encode(const Hello& h) {
  Writer w;
  w.u32(h.protocol_version);
  w.bytes(h.python_version);
  return w.take();
}

Hello decode_hello(std::string_view payload) {
  Reader r(payload);
  Hello h;
  h.protocol_version = r.u32();
  if (h.protocol_version != kProtocolVersion)
    throw DecodeError("the runner speaks protocol " + std::to_string(h.protocol_version) + ", the judge " +
                      std::to_string(kProtocolVersion) + ": judge and runner come from different builds");
  h.python_version = r.bytes(kMaxShortString);
  r.expect_end("hello");
  return h;
}

std::string encode(const SubmissionStatus& s) {
  Writer w;
  w.u8(static_cast<std::uint8_t>(s.code));
  w.bytes(s.message);
  w.u32(s.line);
  w.u32(s.column);
  write_strings(w, s.active_layers);
  write_strings(w, s.missing_layers);
  return w.take();
}

SubmissionStatus decode_submission_status(std::string_view payload) {
  Reader r(payload);
  SubmissionStatus s;
  s.code = read_enum(r, SubmissionStatus::Code::SandboxIncomplete, "submission status");
  s.message = r.bytes(kMaxShortString);
  s.line = r.u32();
  s.column = r.u32();
  s.active_layers = read_strings(r);
  s.missing_layers = read_strings(r);
  r.expect_end("submission status");
  return s;
}

std::string encode(const TestRecord& t) {
  Writer w;
  w.u32(t.index);
  w.u8(static_cast<std::uint8_t>(t.end));
  w.i32(t.code);
  w.u8(static_cast<std::uint8_t>(t.kill));
  w.u64(t.cpu_us);
  w.u64(t.wall_us);
  w.u64(t.peak_kb);
  w.u64(t.baseline_kb);
  w.bytes(t.out);
  w.bytes(t.err);
  w.u8(t.output_truncated ? 1 : 0);
  w.u8(static_cast<std::uint8_t>(t.seal));
  w.u8(t.locked_down ? 1 : 0);
  w.bytes(t.violation);
  w.bytes(t.result);
  w.u8(t.module_loaded ? 1 : 0);
  w.u32(t.skipped_for);
  return w.take();
}

TestRecord decode_test_record(std::string_view payload) {
  Reader r(payload);
  TestRecord t;
  t.index = r.u32();
  t.end = read_enum(r, TestRecord::End::Skipped, "test end");
  t.code = r.i32();
  t.kill = read_enum(r, TestRecord::Kill::Starved, "kill reason");
  t.cpu_us = r.u64();
  t.wall_us = r.u64();
  t.peak_kb = r.u64();
  t.baseline_kb = r.u64();
  t.out = r.bytes();
  t.err = r.bytes();
  t.output_truncated = r.boolean();
  t.seal = read_enum(r, TestRecord::Seal::Forged, "seal state");
  t.locked_down = r.boolean();
  t.violation = r.bytes(kMaxShortString);
  t.result = r.bytes(wire::kMaxResultBytes + 4);
  t.module_loaded = r.boolean();
  t.skipped_for = r.u32();
  r.expect_end("test record");
  return t;
}

std::string encode(const EndOfSubmission& e) {
  Writer w;
  w.u8(e.signaled ? 1 : 0);
  w.i32(e.code);
  return w.take();
}

EndOfSubmission decode_end(std::string_view payload) {
  Reader r(payload);
  EndOfSubmission e;
  e.signaled = r.boolean();
  e.code = r.i32();
  r.expect_end("end of submission");
  return e;
}

std::string encode(const Activity& a) {
  Writer w;
  w.u8(a.waiting ? 1 : 0);
  return w.take();
}

Activity decode_activity(std::string_view payload) {
  Reader r(payload);
  Activity a;
  a.waiting = r.boolean();
  r.expect_end("activity");
  return a;
}

}  // namespace pyjudge::protocol
