#include "judge/report/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>

namespace pyjudge {
namespace fs = std::filesystem;

namespace {

fs::path folder_of(const fs::path& path) { return path.has_parent_path() ? path.parent_path() : fs::path("."); }

// A file of ours in `folder`, named after `base` and hidden: `.NAME.tmp-XXXXXX`.
struct TempFile {
  std::string path;
  int fd = -1;
  TempFile(const fs::path& folder, const std::string& base) : path((folder / ("." + base + ".tmp-XXXXXX")).string()) {
    fd = ::mkostemp(path.data(), O_CLOEXEC);
    if (fd < 0) {
      const int error = errno;
      path.clear();  // nothing of ours to remove
      errno = error;
    }
  }
  ~TempFile() { discard(); }
  void discard() {
    if (fd >= 0) ::close(fd);
    if (!path.empty()) ::unlink(path.c_str());
    fd = -1;
    path.clear();
  }
};

bool write_all(int fd, std::string_view text) {
  while (!text.empty()) {
    const ssize_t n = ::write(fd, text.data(), text.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    text.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

// mkostemp makes 0600; a report is made like any file the user creates.
void usual_permissions(int fd) {
  const mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(fd, 0666 & ~mask);
}

[[noreturn]] void fail(const fs::path& path, int error) {
  throw FileWriteError("cannot write " + path.string() + ": " + std::strerror(error));
}

}  // namespace

void write_file_atomically(const fs::path& path, std::string_view text) {
  const fs::path folder = folder_of(path);
  TempFile temp(folder, path.filename().string());
  if (temp.fd < 0) fail(path, errno);
  usual_permissions(temp.fd);
  if (!write_all(temp.fd, text) || ::fsync(temp.fd) != 0) fail(path, errno);
  const int fd = temp.fd;
  temp.fd = -1;
  if (::close(fd) != 0) fail(path, errno);
  if (::rename(temp.path.c_str(), path.c_str()) != 0) fail(path, errno);
  temp.path.clear();  // it is `path` now
  if (const int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dir >= 0) {
    ::fsync(dir);  // the rename itself survives a crash
    ::close(dir);
  }
}

int probe_folder_writable(const fs::path& folder) {
  TempFile probe(folder, "pyjudge-probe");
  if (probe.fd < 0) return errno;
  const std::string block(4096, '\0');
  if (!write_all(probe.fd, block) || ::fsync(probe.fd) != 0) return errno;
  return 0;
}

}  // namespace pyjudge
