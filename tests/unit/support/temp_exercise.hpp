// Shared by unit tests that write exercise folders: a minimal valid
// exercise.yaml and a temporary directory removed at the end of the scope.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <string>

namespace pyjudge::testing {

// Valid on its own (no tests yet); one top-level key a line.
inline const char* kMinimalExercise = R"(title: {en: T, ru: Т}
difficulty: easy
topics: [t]
module: m
entry_points: [f]
statement: {en: S, ru: С}
starter: "def f(): pass"
)";

struct TempDir {
  std::filesystem::path path;
  explicit TempDir(const std::string& prefix = "pyjudge-unit-test")
      : path(std::filesystem::temp_directory_path() /
             (prefix + "-" + std::to_string(::getpid()) + "-" + std::to_string(counter++))) {
    std::filesystem::create_directories(path);
  }
  ~TempDir() { std::filesystem::remove_all(path); }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  static inline int counter = 0;
};

}  // namespace pyjudge::testing
