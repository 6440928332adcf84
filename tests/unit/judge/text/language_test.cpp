// The language of statements and headings: --lang, then $PYJUDGE_LANG, then the locale.
#include <doctest/doctest.h>

#include "judge/text/language.hpp"
#include "support/scoped_env.hpp"

using namespace pyjudge;
using testing::Env;

TEST_CASE("language: --lang, then PYJUDGE_LANG, then LC_ALL, LC_MESSAGES, LANG") {
  Env a("PYJUDGE_LANG", nullptr), b("LC_ALL", nullptr), c("LC_MESSAGES", nullptr), d("LANG", nullptr);
  CHECK(choose_language("") == "en");
  {
    Env lang("LANG", "ru_RU.UTF-8");
    CHECK(choose_language("") == "ru");
    CHECK(choose_language("en") == "en");
    Env all("LC_ALL", "C.UTF-8");  // LC_ALL wins over LANG
    CHECK(choose_language("") == "en");
    Env pj("PYJUDGE_LANG", "ru");
    CHECK(choose_language("") == "ru");
  }
  Env messages("LC_MESSAGES", "ru_UA");
  CHECK(choose_language("") == "ru");
  CHECK(fill("%s of %s", {"1", "3"}) == "1 of 3");
}
