#include "protocol/wire.hpp"

#include <cstring>

namespace pyjudge::wire {

bool is_known_frame_type(std::uint8_t type) {
  switch (static_cast<FrameType>(type)) {
    case FrameType::Job:
    case FrameType::Hello:
    case FrameType::Submission:
    case FrameType::TestRecord:
    case FrameType::End:
    case FrameType::Activity:
      return true;
  }
  return false;
}

static void put_u32(std::string& out, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

static std::uint32_t get_u32(const char* p) {
  std::uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v |= static_cast<std::uint32_t>(static_cast<unsigned char>(p[i])) << (8 * i);
  return v;
}

std::string encode_frame(FrameType type, std::string_view payload) {
  std::string out;
  out.reserve(payload.size() + 5);
  put_u32(out, static_cast<std::uint32_t>(payload.size() + 1));
  out.push_back(static_cast<char>(type));
  out.append(payload);
  return out;
}

void FrameDecoder::feed(std::string_view bytes) {
  if (start_ > 0 && start_ * 2 >= buffer_.size()) {
    buffer_.erase(0, start_);
    start_ = 0;
  }
  buffer_.append(bytes);
}

std::optional<Frame> FrameDecoder::next() {
  const std::string_view pending = std::string_view(buffer_).substr(start_);
  if (pending.size() < 4) return std::nullopt;
  const std::uint32_t length = get_u32(pending.data());
  if (length == 0) throw DecodeError("empty frame");
  if (length > max_) throw DecodeError("frame of " + std::to_string(length) + " bytes exceeds the limit of " + std::to_string(max_));
  const auto type = static_cast<std::uint8_t>(pending.size() > 4 ? pending[4] : 0);
  if (pending.size() > 4 && !is_known_frame_type(type)) throw DecodeError("unknown frame type " + std::to_string(type));
  if (pending.size() < 4 + static_cast<std::size_t>(length)) return std::nullopt;
  Frame frame{static_cast<FrameType>(type), std::string(pending.substr(5, length - 1))};
  start_ += 4 + static_cast<std::size_t>(length);
  return frame;
}

void Writer::u32(std::uint32_t v) { put_u32(out_, v); }

void Writer::u64(std::uint64_t v) {
  u32(static_cast<std::uint32_t>(v));
  u32(static_cast<std::uint32_t>(v >> 32));
}

void Writer::f64(double v) {
  std::uint64_t bits;
  std::memcpy(&bits, &v, sizeof bits);
  u64(bits);
}

void Writer::bytes(std::string_view v) {
  u32(static_cast<std::uint32_t>(v.size()));
  out_.append(v);
}

std::string_view Reader::take(std::size_t n) {
  if (n > remaining()) throw DecodeError("truncated data: needed " + std::to_string(n) + " bytes, " + std::to_string(remaining()) + " left");
  auto part = data_.substr(pos_, n);
  pos_ += n;
  return part;
}

std::uint8_t Reader::u8() { return static_cast<std::uint8_t>(take(1)[0]); }

std::uint32_t Reader::u32() { return get_u32(take(4).data()); }

std::uint64_t Reader::u64() {
  const std::uint64_t low = u32();
  const std::uint64_t high = u32();
  return low | (high << 32);
}

double Reader::f64() {
  const std::uint64_t bits = u64();
  double v;
  std::memcpy(&v, &bits, sizeof v);
  return v;
}

std::string Reader::bytes(std::uint32_t max_len) {
  const std::uint32_t n = u32();
  if (n > max_len) throw DecodeError("field of " + std::to_string(n) + " bytes exceeds the limit of " + std::to_string(max_len));
  return std::string(take(n));
}

bool Reader::boolean() {
  const auto v = u8();
  if (v > 1) throw DecodeError("invalid boolean byte " + std::to_string(v));
  return v == 1;
}

void Reader::expect_end(const char* what) const {
  if (!at_end()) throw DecodeError(std::string(what) + ": " + std::to_string(remaining()) + " unexpected trailing bytes");
}

}  // namespace pyjudge::wire
