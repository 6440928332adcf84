// Reading a candidate's file without trusting what it is: a FIFO, a device or
// a folder is refused at once (never a read that blocks), and a file larger
// than the caller's cap is measured, not read.
#pragma once

#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>

namespace pyjudge {

// Why a file could not be read: "not a regular file", or the system's reason.
class SourceFileError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct SourceFile {
  std::string bytes;       // the whole file; empty when it is larger than the cap
  std::uintmax_t size = 0;  // its size
  bool larger_than_cap = false;
};

// Opens with O_NONBLOCK and checks fstat before reading a byte. Throws SourceFileError.
SourceFile read_source_file(const std::filesystem::path& path, std::uintmax_t cap);

// The largest file `check` reads: anything larger is larger than any exercise allows.
inline constexpr std::uintmax_t kMaxSourceFileBytes = 32u << 20;

// The whole file, for solutions an author gave (verify). Throws UsageError
// naming the path when it cannot be read or is larger than kMaxSourceFileBytes.
std::string read_solution_file(const std::filesystem::path& path);

}  // namespace pyjudge
