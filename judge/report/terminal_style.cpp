#include "judge/report/terminal_style.hpp"

#include <unistd.h>

#include <cstdlib>

namespace pyjudge {
namespace {

bool getenv_not_empty(const char* name) {
  const char* value = std::getenv(name);
  return value && *value;
}

}  // namespace

std::optional<ColorChoice> parse_color_choice(std::string_view name) {
  if (name == "auto") return ColorChoice::Auto;
  if (name == "always") return ColorChoice::Always;
  if (name == "never") return ColorChoice::Never;
  return std::nullopt;
}

TerminalStyle TerminalStyle::for_stream(int fd, ColorChoice choice) {
  if (choice != ColorChoice::Auto) return {choice == ColorChoice::Always};
  if (getenv_not_empty("FORCE_COLOR")) return {true};
  if (getenv_not_empty("NO_COLOR")) return {false};
  const char* term = std::getenv("TERM");
  if (term && std::string_view(term) == "dumb") return {false};
  return {::isatty(fd) == 1};
}

std::string TerminalStyle::paint(const char* code, const std::string& text) const {
  return colour ? std::string("\033[") + code + "m" + text + "\033[0m" : text;
}

}  // namespace pyjudge
