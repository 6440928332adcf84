#include "runner/fd_io.hpp"

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace pyjudge::runner {

bool write_all(int fd, std::string_view data) {
  while (!data.empty()) {
    const ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

bool write_frame(int fd, wire::FrameType type, std::string_view payload) {
  return write_all(fd, wire::encode_frame(type, payload));
}

static bool read_exact(int fd, char* buf, std::size_t n) {
  while (n > 0) {
    const ssize_t got = ::read(fd, buf, n);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) return false;
    buf += got;
    n -= static_cast<std::size_t>(got);
  }
  return true;
}

std::optional<wire::Frame> read_frame(int fd) {
  char header[5];
  if (!read_exact(fd, header, sizeof header)) return std::nullopt;
  wire::Reader r(std::string_view(header, 4));
  const std::uint32_t length = r.u32();
  const auto type = static_cast<std::uint8_t>(header[4]);
  if (length == 0 || length > wire::kMaxFrameBytes || !wire::is_known_frame_type(type)) return std::nullopt;
  std::string payload(length - 1, '\0');
  if (!read_exact(fd, payload.data(), payload.size())) return std::nullopt;
  return wire::Frame{static_cast<wire::FrameType>(type), std::move(payload)};
}

bool read_available(int fd, std::string& out, std::size_t limit, bool& over_limit) {
  char buf[65536];
  for (;;) {
    const ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      return errno == EAGAIN || errno == EWOULDBLOCK;
    }
    if (n == 0) return false;
    const std::size_t room = out.size() < limit ? limit - out.size() : 0;
    out.append(buf, std::min(room, static_cast<std::size_t>(n)));
    if (static_cast<std::size_t>(n) > room) over_limit = true;
  }
}

void set_nonblocking(int fd) { ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK); }

}  // namespace pyjudge::runner
