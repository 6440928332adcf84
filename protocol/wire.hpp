// The judge <-> runner wire format: length-prefixed, size-bounded frames (jobs
// one way, results the other) whose payloads are read with a strict,
// bounds-checked Reader. Everything read from a runner is untrusted (invariant
// 5, docs/architecture.md): any malformed byte throws DecodeError, never
// crashes and never yields a partial success.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace pyjudge::wire {

// A frame is [u32 little-endian length][u8 type][length-1 payload bytes].
inline constexpr std::uint32_t kMaxFrameBytes = 32u << 20;
// The result one test child may send (observations + exception), before framing.
inline constexpr std::uint32_t kMaxResultBytes = 8u << 20;

enum class FrameType : std::uint8_t {
  Job = 'J',         // judge -> runner: one submission (JSON)
  Hello = 'H',       // runner -> judge: ready, with the embedded Python version
  Submission = 'S',  // runner -> judge: outcome of compiling / checking the candidate
  TestRecord = 'R',  // runner -> judge: what one test did, measured from outside
  End = 'E',         // runner -> judge: the submission process has finished
  Activity = 'A',    // runner -> judge: the running tests all wait, or one computes again
};

bool is_known_frame_type(std::uint8_t type);

class DecodeError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct Frame {
  FrameType type;
  std::string payload;
};

std::string encode_frame(FrameType type, std::string_view payload);

// Accumulates bytes from a stream and cuts them into frames.
class FrameDecoder {
 public:
  explicit FrameDecoder(std::uint32_t max_frame_bytes = kMaxFrameBytes) : max_(max_frame_bytes) {}
  void feed(std::string_view bytes);
  // The next complete frame, or nullopt if more bytes are needed.
  // Throws DecodeError on an oversized, empty or unknown frame.
  std::optional<Frame> next();
  bool has_partial_data() const { return buffered() > 0; }
  std::size_t buffered() const { return buffer_.size() - start_; }

 private:
  std::uint32_t max_;
  std::string buffer_;
  // Frames are taken from here on; the consumed front is dropped only once it
  // is half the buffer, so a read of many tiny frames stays linear.
  std::size_t start_ = 0;
};

class Writer {
 public:
  void u8(std::uint8_t v) { out_.push_back(static_cast<char>(v)); }
  void u32(std::uint32_t v);
  void i32(std::int32_t v) { u32(static_cast<std::uint32_t>(v)); }
  void u64(std::uint64_t v);
  void f64(double v);
  void bytes(std::string_view v);  // u32 length + raw bytes
  void raw(std::string_view v) { out_.append(v); }
  const std::string& data() const { return out_; }
  std::string take() { return std::move(out_); }
  std::size_t size() const { return out_.size(); }

 private:
  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view data) : data_(data) {}
  std::uint8_t u8();
  std::uint32_t u32();
  std::int32_t i32() { return static_cast<std::int32_t>(u32()); }
  std::uint64_t u64();
  double f64();
  std::string bytes(std::uint32_t max_len = kMaxFrameBytes);
  bool boolean();  // a u8 that must be 0 or 1
  bool at_end() const { return pos_ == data_.size(); }
  std::size_t remaining() const { return data_.size() - pos_; }
  void expect_end(const char* what) const;

 private:
  std::string_view take(std::size_t n);
  std::string_view data_;
  std::size_t pos_ = 0;
};

}  // namespace pyjudge::wire
