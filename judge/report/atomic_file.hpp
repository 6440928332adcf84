// Writing a file so that nothing is ever half-written: a temporary file in the
// same folder, flushed to disk, renamed over the destination. A reader (or a
// crash) sees the old file or the whole new one. Reports and the progress
// file are written this way.
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string_view>

namespace pyjudge {

// "cannot write PATH: No space left on device".
class FileWriteError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Throws FileWriteError; no temporary file is left behind, and `path` is untouched then.
void write_file_atomically(const std::filesystem::path& path, std::string_view text);

// Whether a file can be created and written in `folder` now: creates a
// temporary file there, writes and flushes a block, removes it. Returns 0 or
// the errno of the first step that failed (EACCES, EROFS, ENOSPC, ...).
int probe_folder_writable(const std::filesystem::path& folder);

}  // namespace pyjudge
