// The language statements, titles and hints are shown in: --lang, then
// $PYJUDGE_LANG, then the locale ($LC_ALL, $LC_MESSAGES, $LANG: the first one
// set decides; "ru..." means Russian), else English.
#pragma once

#include <initializer_list>
#include <string>

namespace pyjudge {

// `option` is the --lang value ("" when not given). Returns "en" or "ru".
std::string choose_language(const std::string& option);

// A short UI text in the chosen language (headings of `show`, `hint`, `list`).
struct UiText {
  const char* en;
  const char* ru;
  const char* in(const std::string& lang) const { return lang == "ru" ? ru : en; }
};

// `pattern` with each "%s" replaced by the next of `values`.
std::string fill(std::string pattern, std::initializer_list<std::string> values);

}  // namespace pyjudge
