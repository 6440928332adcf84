#include "judge/source/python_source.hpp"

#include <cctype>
#include <cstdio>
#include <utility>
#include <vector>

#include "judge/source/python_codecs.hpp"
#include "judge/text/utf8.hpp"

namespace pyjudge {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

char at(std::string_view s, std::size_t i) { return i < s.size() ? s[i] : '\0'; }
bool blank_char(char c) { return c == ' ' || c == '\t' || c == '\f'; }

// CPython's get_coding_spec (Parser/tokenizer.c) on one line: the name after
// "coding:" or "coding=" in a line that holds only a comment.
std::optional<std::string> coding_spec(std::string_view line) {
  const std::size_t size = line.size();
  for (std::size_t i = 0; i + 6 < size; ++i) {
    if (line[i] == '#') break;
    if (!blank_char(line[i])) return std::nullopt;
  }
  for (std::size_t i = 0; i + 6 < size; ++i) {
    if (line.substr(i, 6) != "coding") continue;
    std::size_t t = i + 6;
    if (at(line, t) != ':' && at(line, t) != '=') continue;
    do ++t;
    while (at(line, t) == ' ' || at(line, t) == '\t');
    const std::size_t begin = t;
    while (std::isalnum(static_cast<unsigned char>(at(line, t))) || at(line, t) == '-' || at(line, t) == '_' || at(line, t) == '.') ++t;
    if (begin < t) return std::string(line.substr(begin, t - begin));
  }
  return std::nullopt;
}

// CPython's get_normal_name: the spellings of utf-8 and latin-1 it knows itself.
std::string normal_name(const std::string& name) {
  std::string lower;
  for (std::size_t i = 0; i < name.size() && i < 12; ++i)
    lower += name[i] == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(name[i])));
  const auto is_or_starts = [&](std::string_view base) { return lower == base || lower.rfind(std::string(base) + "-", 0) == 0; };
  if (is_or_starts("utf-8")) return "utf-8";
  if (is_or_starts("latin-1") || is_or_starts("iso-8859-1") || is_or_starts("iso-latin-1")) return "iso-8859-1";
  return name;
}

// Whether a line without a cookie lets CPython look for one on the next line.
bool comment_or_blank(std::string_view line) {
  for (const char c : line) {
    if (c == '#' || c == '\n' || c == '\r') return true;
    if (!blank_char(c)) return false;
  }
  return true;
}

std::size_t end_of_line(std::string_view text, std::size_t from) {
  const std::size_t nl = text.find('\n', from);
  return nl == std::string_view::npos ? text.size() : nl + 1;
}

// Byte ranges of the comments: CPython does not check the UTF-8 of a comment
// when the file declared UTF-8 (a cookie or a BOM).
std::vector<std::pair<std::size_t, std::size_t>> comments(std::string_view s) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  for (std::size_t i = 0; i < s.size();) {
    const char c = s[i];
    if (c == '#') {
      const std::size_t end = s.find('\n', i);
      out.emplace_back(i, end == std::string_view::npos ? s.size() : end);
      i = end == std::string_view::npos ? s.size() : end;
    } else if (c == '\'' || c == '"') {
      const bool triple = at(s, i + 1) == c && at(s, i + 2) == c;
      i += triple ? 3 : 1;
      while (i < s.size()) {
        if (s[i] == '\\') i += 2;
        else if (!triple && s[i] == '\n') break;
        else if (s[i] == c && (!triple || (at(s, i + 1) == c && at(s, i + 2) == c))) { i += triple ? 3 : 1; break; }
        else ++i;
      }
    } else {
      ++i;
    }
  }
  return out;
}

struct Position {
  std::uint32_t line = 1, column = 1;
};

Position position_of(std::string_view text, std::size_t offset) {
  Position p;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i)
    if (text[i] == '\n') ++p.line, line_start = i + 1;
  char32_t code = 0;
  for (std::size_t i = line_start; i < offset;) {
    const std::size_t n = utf8_sequence(text, i, code);
    i += n ? n : 1;
    ++p.column;
  }
  return p;
}

std::string hex_byte(char c, const char* format) {
  char out[16];
  std::snprintf(out, sizeof out, format, static_cast<unsigned char>(c));
  return out;
}

// Reads one file the way the tokenizer does, and remembers the first problem.
class Decoder {
 public:
  explicit Decoder(std::string_view bytes) : bom_(bytes.substr(0, 3) == kBom), body_(bytes.substr(bom_ ? 3 : 0)) {}

  PythonText run() {
    find_cookie();
    // The line before a cookie on line 2 was read before any cookie applied.
    if (bom_) lenient_utf8(0, cookie_start_);
    else strict_utf8(0, cookie_start_, Check::Undeclared);
    std::string codec = "utf_8";
    bool lenient = bom_;
    if (cookie_) {
      codec_name_ = normal_name(*cookie_);
      if (bom_ && codec_name_ != "utf-8") return fail(cookie_start_, "encoding problem: " + codec_name_ + " with BOM");
      const auto found = python_codec(codec_name_);
      if (!found)
        return fail(cookie_start_, "encoding problem: " + codec_name_ +
                                       " (pyjudge reads UTF-8 and single-byte encodings only: save the file as UTF-8)");
      codec = *found;
      lenient = codec_name_ == "utf-8";  // spelled so, CPython reads it itself; other spellings go through the codec
    }
    append_cookie_line(codec);
    if (codec != "utf_8") decode_rest(codec);
    else if (lenient) lenient_utf8(cookie_end_, body_.size());
    else strict_utf8(cookie_end_, body_.size(), cookie_ ? Check::Codec : Check::Undeclared);
    return finish();
  }

 private:
  // How CPython words a byte that is not UTF-8: no cookie; a BOM or "utf-8"
  // (a string literal fails to decode); another spelling of UTF-8 (its codec fails).
  enum class Check { Undeclared, Unicode, Codec };

  void find_cookie() {
    const std::size_t line1_end = end_of_line(body_, 0);
    if ((cookie_ = coding_spec(body_.substr(0, line1_end)))) {
      cookie_end_ = line1_end;
      return;
    }
    if (!comment_or_blank(body_.substr(0, line1_end)) || line1_end == body_.size()) return;
    const std::size_t line2_end = end_of_line(body_, line1_end);
    if ((cookie_ = coding_spec(body_.substr(line1_end, line2_end - line1_end)))) cookie_start_ = line1_end, cookie_end_ = line2_end;
  }

  // The cookie's own line is read before the codec applies, and holds only a comment.
  void append_cookie_line(const std::string& codec) {
    const std::string_view line = body_.substr(cookie_start_, cookie_end_ - cookie_start_);
    if (codec == "utf_8") return text_.append(valid_utf8(line)), void();
    CodecOutput out = decode_codec(codec, line);
    text_.append(out.bad_at ? valid_utf8(line) : out.text);
  }

  void strict_utf8(std::size_t from, std::size_t to, Check check) {
    const std::string_view part = body_.substr(from, to - from);
    const auto bad = first_invalid_utf8(part);
    if (!bad) return text_.append(part), void();
    const char byte = part[*bad];
    if (check == Check::Undeclared)
      note(from + *bad, "Non-UTF-8 code starting with '" + hex_byte(byte, "\\x%02x") +
                            "', but no encoding declared; see https://peps.python.org/pep-0263/ for details");
    else if (check == Check::Codec)
      note(from + *bad, "encoding problem: " + codec_name_ + " (byte " + hex_byte(byte, "0x%02x") + " does not decode)");
    else
      note(from + *bad, "(unicode error) 'utf-8' codec can't decode byte " + hex_byte(byte, "0x%02x"));
  }

  // UTF-8 declared by a BOM or by the cookie's utf-8 spelling: CPython checks
  // string literals and code, not comments, whose bad bytes become U+FFFD.
  void lenient_utf8(std::size_t from, std::size_t to) {
    const std::string_view part = body_.substr(from, to - from);
    std::size_t done = 0;
    for (const auto& [start, end] : comments(part)) {
      strict_utf8(from + done, from + start, Check::Unicode);
      if (problem_) return;
      text_.append(valid_utf8(part.substr(start, end - start)));
      done = end;
    }
    strict_utf8(from + done, to, Check::Unicode);
  }

  void decode_rest(const std::string& codec) {
    CodecOutput out = decode_codec(codec, body_.substr(cookie_end_));
    text_.append(out.text);
    if (out.bad_at)
      note(cookie_end_ + *out.bad_at,
           "encoding problem: " + codec_name_ + " (byte " + hex_byte(body_[cookie_end_ + *out.bad_at], "0x%02x") + " does not decode)");
  }

  void note(std::size_t offset, std::string message) {
    if (!problem_ || offset < problem_offset_) problem_ = std::move(message), problem_offset_ = offset;
  }

  PythonText fail(std::size_t offset, std::string message) {
    note(offset, std::move(message));
    return finish();
  }

  // A NUL byte is refused wherever it is, unless a problem comes before it.
  PythonText finish() {
    const std::size_t nul = body_.find('\0');
    if (nul != std::string_view::npos) note(nul, "source code cannot contain null bytes");
    PythonText out;
    if (problem_) {
      const Position p = position_of(body_, problem_offset_);
      out.problem = SourceProblem{p.line, p.column, *problem_};
    } else {
      out.text = std::move(text_);
    }
    return out;
  }

  bool bom_;
  std::string_view body_;
  std::optional<std::string> cookie_;
  std::size_t cookie_start_ = 0, cookie_end_ = 0;
  std::string codec_name_;  // as CPython names it in "encoding problem: ..."
  std::string text_;
  std::optional<std::string> problem_;
  std::size_t problem_offset_ = 0;
};

}  // namespace

PythonText decode_python_source(std::string_view bytes) { return Decoder(bytes).run(); }

}  // namespace pyjudge
