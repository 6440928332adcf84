#include "judge/grading/exception_text.hpp"

#include "judge/text/layout.hpp"

namespace pyjudge {
namespace {

constexpr std::size_t kLineColumns = 100;  // of the candidate's line, in a one-line message

// The text on one line: control characters (a forged result can hold any) become spaces.
std::string one_line(std::string text) {
  for (char& c : text)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = ' ';
  return text;
}

}  // namespace

std::string short_type(const std::string& qualified) {
  const auto dot = qualified.rfind('.');
  return dot == std::string::npos ? qualified : qualified.substr(dot + 1);
}

std::string exception_summary(const protocol::RaisedException& raised) {
  std::string summary = short_type(raised.type);
  // No frame of the candidate's file was running: the test's own code raised it
  // (next() on an exhausted generator, a call with the wrong arguments).
  if (raised.line == 0) return summary + " (raised in the test, outside your code)";
  summary += " at line " + std::to_string(raised.line);
  const std::string text = text::truncate(one_line(raised.line_text), kLineColumns);
  return text.empty() ? summary : summary + ": " + text;
}

std::string with_learner_path(const std::string& traceback, const std::string& module_file, const std::string& shown_path) {
  if (module_file.empty() || shown_path.empty() || module_file == shown_path) return traceback;
  const std::string from = "File \"" + module_file + "\"", to = "File \"" + shown_path + "\"";
  std::string out;
  std::size_t start = 0;
  for (auto at = traceback.find(from); at != std::string::npos; at = traceback.find(from, start)) {
    out += traceback.substr(start, at - start) + to;
    start = at + from.size();
  }
  return out + traceback.substr(start);
}

}  // namespace pyjudge
