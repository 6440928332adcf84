#include "judge/source/source_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "judge/errors.hpp"

namespace pyjudge {
namespace {

struct Fd {
  int fd;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

[[noreturn]] void fail_with_errno() { throw SourceFileError(std::strerror(errno)); }

}  // namespace

SourceFile read_source_file(const std::filesystem::path& path, std::uintmax_t cap) {
  // O_NONBLOCK: opening a FIFO for reading must not wait for a writer.
  const Fd file{::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)};
  if (file.fd < 0) fail_with_errno();
  struct stat st {};
  if (::fstat(file.fd, &st) != 0) fail_with_errno();
  if (S_ISDIR(st.st_mode)) throw SourceFileError("is a folder, not a file");
  if (!S_ISREG(st.st_mode)) throw SourceFileError("not a regular file");
  SourceFile out;
  out.size = static_cast<std::uintmax_t>(st.st_size);
  if (out.size > cap) {
    out.larger_than_cap = true;
    return out;
  }
  out.bytes.resize(out.size);
  std::size_t got = 0;
  while (got < out.bytes.size()) {  // a file that shrinks while read ends early; one that grows is cut at its fstat size
    const ssize_t n = ::read(file.fd, out.bytes.data() + got, out.bytes.size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) fail_with_errno();
    if (n == 0) break;
    got += static_cast<std::size_t>(n);
  }
  out.bytes.resize(got);
  out.size = got;
  return out;
}

std::string read_solution_file(const std::filesystem::path& path) {
  try {
    SourceFile file = read_source_file(path, kMaxSourceFileBytes);
    if (file.larger_than_cap) throw SourceFileError("larger than " + std::to_string(kMaxSourceFileBytes >> 20) + " MiB");
    return std::move(file.bytes);
  } catch (const SourceFileError& e) {
    throw UsageError("cannot read the solution file " + path.string() + ": " + e.what());
  }
}

}  // namespace pyjudge
