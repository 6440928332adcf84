// libFuzzer target: the exercise loader on arbitrary exercise.yaml / tests.yaml
// text. The input is split at its first NUL byte: before it is exercise.yaml,
// after it tests.yaml (absent when the input has no NUL). Both are written to
// one temporary exercise folder per process and loaded. Diagnostics are the
// expected outcome; a crash, an escaping exception, a leak, a sanitizer report
// or a hang is a finding. See docs/fuzzing.md.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>

#include "judge/spec/loader.hpp"
#include "protocol/value.hpp"

namespace fs = std::filesystem;
using namespace pyjudge;

namespace {

fs::path make_folder() {
  const fs::path root = fs::temp_directory_path() / ("pyjudge-fuzz-spec-" + std::to_string(::getpid()));
  fs::create_directories(root / "fuzzed-exercise");
  std::atexit([] { std::error_code ignored; fs::remove_all(fs::temp_directory_path() / ("pyjudge-fuzz-spec-" + std::to_string(::getpid())), ignored); });
  return root / "fuzzed-exercise";
}

const fs::path& folder() {
  static const fs::path dir = make_folder();
  return dir;
}

void write_file(const fs::path& path, std::string_view text) {
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) std::abort();  // the harness itself is broken, not the loader
  if (!text.empty() && std::fwrite(text.data(), 1, text.size(), f) != text.size()) std::abort();
  if (std::fclose(f) != 0) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const fs::path& dir = folder();
  const auto nul = input.find('\0');
  write_file(dir / "exercise.yaml", input.substr(0, nul));
  if (nul == std::string_view::npos) {
    std::error_code ignored;
    fs::remove(dir / "tests.yaml", ignored);
  } else {
    write_file(dir / "tests.yaml", input.substr(nul + 1));
  }

  // read_exercise is validate_exercise (what `pyjudge` runs) plus the loaded
  // exercise, whose expected values are then used as the judge uses them.
  std::vector<Diagnostic> diagnostics;
  const Exercise ex = read_exercise(dir, diagnostics);
  for (const auto& d : diagnostics) (void)d.format();
  for (const auto& t : ex.tests)
    if (t.expect) {
      (void)repr(*t.expect, 200);
      if (compare_values(*t.expect, *t.expect) != 0) std::abort();
    }
  return 0;
}
