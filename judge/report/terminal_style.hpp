// Whether a report is coloured: `--color=auto|always|never` and the
// conventions of the environment (docs/cli.md, "Colour").
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace pyjudge {

enum class ColorChoice { Auto, Always, Never };

// "auto", "always" or "never"; nullopt for anything else.
std::optional<ColorChoice> parse_color_choice(std::string_view name);

struct TerminalStyle {
  bool colour = false;
  // never and always decide alone. auto: FORCE_COLOR non-empty colours even
  // into a pipe; else NO_COLOR non-empty or TERM=dumb means none; else colour
  // only when `fd` is a terminal.
  static TerminalStyle for_stream(int fd, ColorChoice choice = ColorChoice::Auto);
  // `text` in the SGR colour `code` ("31" red, "1" bold), or as it is without colour.
  std::string paint(const char* code, const std::string& text) const;
};

}  // namespace pyjudge
