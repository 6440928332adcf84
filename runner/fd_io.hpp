// Small POSIX I/O helpers shared by the runner's processes.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "protocol/wire.hpp"

namespace pyjudge::runner {

// Writes everything, retrying on EINTR and short writes. False on error.
bool write_all(int fd, std::string_view data);
bool write_frame(int fd, wire::FrameType type, std::string_view payload);
// Reads one frame, blocking. nullopt on EOF or a framing error.
std::optional<wire::Frame> read_frame(int fd);
// Reads what is available without blocking, appending at most `limit - out.size()`
// bytes. Returns false once the fd is at EOF (or failed).
bool read_available(int fd, std::string& out, std::size_t limit, bool& over_limit);
void set_nonblocking(int fd);

}  // namespace pyjudge::runner
