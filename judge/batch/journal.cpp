#include "judge/batch/journal.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "judge/errors.hpp"
#include "judge/report/batch_json.hpp"

namespace pyjudge {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr const char* kFormat = "pyjudge-grade-journal";
constexpr int kVersion = 1;

std::string line_of(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace) + "\n"; }

json header_json(const JournalHeader& h) {
  json shard = nullptr;
  if (h.shard) shard = {{"index", h.shard->index}, {"count", h.shard->count}};
  return {{"format", kFormat},   {"version", kVersion},          {"fingerprint", h.fingerprint},
          {"shard", shard},      {"weak_sandbox_allowed", h.weak_sandbox_allowed}, {"planned", h.planned}};
}

bool write_line(int fd, const std::string& line) {
  // O_APPEND and one write: a line is whole or, after a crash mid-write, the last one and cut short.
  for (std::size_t done = 0; done < line.size();) {
    const ssize_t n = ::write(fd, line.data() + done, line.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<std::size_t>(n);
  }
  return true;
}

[[noreturn]] void refuse(const fs::path& path, const std::string& why) { throw UsageError("cannot resume from " + path.string() + ": " + why); }

// Why `found` (a journal's header) is not of this run, or "".
std::string mismatch(const json& found, const JournalHeader& expected) {
  if (found.value("format", "") != kFormat || found.value("version", 0) != kVersion) return "not a pyjudge grade journal";
  if (found.value("fingerprint", "") != expected.fingerprint)
    return "it is the journal of another batch (the submissions, their files or the exercises have changed since): "
           "grade without --resume to start afresh";
  const json shard = header_json(expected)["shard"];
  if (found.value("shard", json()) != shard) return "it is the journal of another shard (" + found.value("shard", json()).dump() + ")";
  if (found.value("weak_sandbox_allowed", false) != expected.weak_sandbox_allowed)
    return std::string("its run was graded ") + (expected.weak_sandbox_allowed ? "without" : "with") +
           " --allow-weak-sandbox: resume it the same way";
  return "";
}

// The complete lines, and where they end: after a crash in the middle of the
// last write, a last line without its line break is left out.
std::vector<std::string> complete_lines(const fs::path& path, std::size_t& complete_bytes) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  const std::string all = text.str();
  complete_bytes = all.rfind('\n') == std::string::npos ? 0 : all.rfind('\n') + 1;
  std::vector<std::string> lines;
  std::istringstream split(all.substr(0, complete_bytes));
  for (std::string line; std::getline(split, line);) lines.push_back(line);
  return lines;
}

// Line `number` (1-based) of a journal: {"index": I, "submission": {...}}.
void read_result(const fs::path& path, std::size_t number, const std::string& line, const std::vector<BatchEntry>& planned,
                 std::map<std::size_t, BatchEntry>& results) {
  const json j = json::parse(line);
  const std::size_t index = j.at("index").get<std::size_t>();
  if (index >= planned.size() || !planned[index].graded())
    refuse(path, "line " + std::to_string(number) + " names submission #" + std::to_string(index) + ", which this batch does not grade");
  results.insert_or_assign(index, as_reported(planned[index], j.at("submission")));
}

}  // namespace

Journal Journal::start(const fs::path& path, const JournalHeader& header) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0666);
  if (fd < 0) throw UsageError("cannot write the journal " + path.string() + ": " + std::strerror(errno));
  Journal journal(path, fd);
  if (!write_line(fd, line_of(header_json(header))))
    throw UsageError("cannot write the journal " + path.string() + ": " + std::strerror(errno));
  return journal;
}

Journal Journal::resume(const fs::path& path, const JournalHeader& header, const std::vector<BatchEntry>& planned,
                        std::map<std::size_t, BatchEntry>& results) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC);
  if (fd < 0) refuse(path, std::strerror(errno));
  Journal journal(path, fd);
  std::size_t complete_bytes = 0;
  const auto lines = complete_lines(path, complete_bytes);
  try {
    if (lines.empty()) refuse(path, "it has no header line");
    if (const std::string why = mismatch(json::parse(lines[0]), header); !why.empty()) refuse(path, why);
    for (std::size_t i = 1; i < lines.size(); ++i) read_result(path, i + 1, lines[i], planned, results);
  } catch (const json::exception& e) {
    refuse(path, std::string("malformed: ") + e.what());
  } catch (const std::invalid_argument& e) {
    refuse(path, std::string("malformed: ") + e.what());
  }
  if (::ftruncate(fd, static_cast<off_t>(complete_bytes)) != 0) refuse(path, std::strerror(errno));  // drop a line cut short
  return journal;
}

std::optional<std::size_t> Journal::unfinished(const fs::path& path, const JournalHeader& header) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) return std::nullopt;
  std::size_t complete_bytes = 0;
  const auto lines = complete_lines(path, complete_bytes);
  try {
    if (lines.empty() || !mismatch(json::parse(lines[0]), header).empty()) return std::nullopt;
  } catch (const json::exception&) {
    return std::nullopt;
  }
  return lines.size() - 1;
}

Journal::Journal(Journal&& other) noexcept : path_(std::move(other.path_)), fd_(other.fd_), error_(std::move(other.error_)) {
  other.fd_ = -1;
}

Journal::~Journal() {
  if (fd_ >= 0) ::close(fd_);
}

void Journal::record(std::size_t index, const BatchEntry& entry) {
  if (!error_.empty() || fd_ < 0) return;
  const json line = {{"index", index}, {"path", entry.path}, {"submission", submission_json(entry)}};
  if (!write_line(fd_, line_of(line))) error_ = std::strerror(errno);
}

void Journal::remove() {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  std::error_code ignored;
  fs::remove(path_, ignored);
}

}  // namespace pyjudge
