// --color and the environment's colour conventions, in the order docs/cli.md gives.
#include <doctest/doctest.h>

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

#include "judge/report/terminal_style.hpp"
#include "support/scoped_env.hpp"

using namespace pyjudge;
using testing::Env;

namespace {

// A stream that is not a terminal.
struct Pipe {
  int fds[2] = {-1, -1};
  Pipe() { REQUIRE(::pipe(fds) == 0); }
  ~Pipe() {
    ::close(fds[0]);
    ::close(fds[1]);
  }
};

bool colour(int fd, ColorChoice choice) { return TerminalStyle::for_stream(fd, choice).colour; }

}  // namespace

TEST_CASE("--color names") {
  CHECK(parse_color_choice("auto") == ColorChoice::Auto);
  CHECK(parse_color_choice("always") == ColorChoice::Always);
  CHECK(parse_color_choice("never") == ColorChoice::Never);
  CHECK_FALSE(parse_color_choice("yes"));
}

TEST_CASE("always and never decide whatever the environment says") {
  Pipe pipe;
  Env no_colour("NO_COLOR", "1"), term("TERM", "dumb"), force("FORCE_COLOR", nullptr);
  CHECK(colour(pipe.fds[1], ColorChoice::Always));
  Env forced("FORCE_COLOR", "1");
  CHECK_FALSE(colour(pipe.fds[1], ColorChoice::Never));
}

TEST_CASE("auto: no colour into a pipe, unless FORCE_COLOR is set and not empty") {
  Pipe pipe;
  Env no_colour("NO_COLOR", nullptr), term("TERM", "xterm");
  {
    Env force("FORCE_COLOR", nullptr);
    CHECK_FALSE(colour(pipe.fds[1], ColorChoice::Auto));
  }
  {
    Env force("FORCE_COLOR", "");
    CHECK_FALSE(colour(pipe.fds[1], ColorChoice::Auto));
  }
  {
    Env force("FORCE_COLOR", "1");
    CHECK(colour(pipe.fds[1], ColorChoice::Auto));
    Env also("NO_COLOR", "1");
    CHECK(colour(pipe.fds[1], ColorChoice::Auto));  // forcing wins over the default-off conventions
  }
}

TEST_CASE("auto on a terminal: colour unless NO_COLOR is set or TERM is dumb") {
  const int tty = ::posix_openpt(O_RDWR | O_NOCTTY);
  REQUIRE(tty >= 0);
  REQUIRE(::grantpt(tty) == 0);
  REQUIRE(::unlockpt(tty) == 0);
  const int replica = ::open(::ptsname(tty), O_RDWR | O_NOCTTY);
  REQUIRE(replica >= 0);
  Env force("FORCE_COLOR", nullptr);
  {
    Env no_colour("NO_COLOR", nullptr), term("TERM", "xterm");
    CHECK(colour(replica, ColorChoice::Auto));
  }
  {
    Env no_colour("NO_COLOR", "1"), term("TERM", "xterm");
    CHECK_FALSE(colour(replica, ColorChoice::Auto));
  }
  {
    Env no_colour("NO_COLOR", nullptr), term("TERM", "dumb");
    CHECK_FALSE(colour(replica, ColorChoice::Auto));
  }
  ::close(replica);
  ::close(tty);
}
