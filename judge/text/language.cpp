#include "judge/text/language.hpp"

#include <cstdlib>

namespace pyjudge {

namespace {

std::string from_locale_value(const std::string& value) { return value.rfind("ru", 0) == 0 ? "ru" : "en"; }

}  // namespace

std::string choose_language(const std::string& option) {
  if (!option.empty()) return option == "ru" ? "ru" : "en";
  if (const char* lang = std::getenv("PYJUDGE_LANG"); lang && *lang) return from_locale_value(lang);
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"})
    if (const char* value = std::getenv(name); value && *value) return from_locale_value(value);
  return "en";
}

std::string fill(std::string pattern, std::initializer_list<std::string> values) {
  std::size_t at = 0;
  for (const auto& value : values) {
    at = pattern.find("%s", at);
    if (at == std::string::npos) break;
    pattern.replace(at, 2, value);
    at += value.size();
  }
  return pattern;
}

}  // namespace pyjudge
