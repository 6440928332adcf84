#include "judge/spec/lexical.hpp"

namespace pyjudge::lexical {
namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }
bool ident_start(char c) { return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::string_view without_sign(std::string_view s) {
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) s.remove_prefix(1);
  return s;
}

// Consumes a run of digits; returns how many.
std::size_t digits(std::string_view& s) {
  std::size_t n = 0;
  while (n < s.size() && digit(s[n])) ++n;
  s.remove_prefix(n);
  return n;
}

}  // namespace

bool is_identifier(std::string_view s) {
  if (s.empty() || !ident_start(s[0])) return false;
  for (char c : s)
    if (!ident_start(c) && !digit(c)) return false;
  return true;
}

bool is_dotted_identifier(std::string_view s) {
  for (;;) {
    const auto dot = s.find('.');
    if (!is_identifier(s.substr(0, dot))) return false;
    if (dot == std::string_view::npos) return true;
    s.remove_prefix(dot + 1);
  }
}

bool is_python_keyword(std::string_view s) {
  static constexpr std::string_view kKeywords[] = {
      "False", "None",   "True",    "and",      "as",     "assert", "async", "await",  "break",
      "class", "continue", "def",   "del",      "elif",   "else",   "except", "finally", "for",
      "from",  "global", "if",      "import",   "in",     "is",     "lambda", "nonlocal", "not",
      "or",    "pass",   "raise",   "return",   "try",    "while",  "with",   "yield"};
  for (auto k : kKeywords)
    if (s == k) return true;
  return false;
}

bool is_rule_name(std::string_view s) {
  if (!is_dotted_identifier(s)) return false;
  for (;;) {
    const auto dot = s.find('.');
    if (is_python_keyword(s.substr(0, dot))) return false;
    if (dot == std::string_view::npos) return true;
    s.remove_prefix(dot + 1);
  }
}

bool is_slug(std::string_view s) {
  if (s.empty() || s.front() == '-' || s.back() == '-') return false;
  for (char c : s)
    if (!(c >= 'a' && c <= 'z') && !digit(c) && c != '-') return false;
  return true;
}

bool is_yaml_int(std::string_view s) {
  s = without_sign(s);
  return digits(s) > 0 && s.empty();
}

bool is_yaml_float(std::string_view s) {
  s = without_sign(s);
  const std::size_t whole = digits(s);
  std::size_t fraction = 0;
  if (!s.empty() && s[0] == '.') {
    s.remove_prefix(1);
    fraction = digits(s);
  } else if (whole == 0) {
    return false;
  }
  if (whole == 0 && fraction == 0) return false;
  if (!s.empty() && (s[0] == 'e' || s[0] == 'E')) {
    s = without_sign(s.substr(1));
    if (digits(s) == 0) return false;
  }
  return s.empty();
}

bool is_yaml_inf(std::string_view s) {
  s = without_sign(s);
  return s == ".inf" || s == ".Inf" || s == ".INF";
}

bool is_yaml_nan(std::string_view s) { return s == ".nan" || s == ".NaN" || s == ".NAN"; }

}  // namespace pyjudge::lexical
