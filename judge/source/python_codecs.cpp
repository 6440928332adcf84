#include "judge/source/python_codecs.hpp"

#include <iconv.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <map>
#include <stdexcept>

namespace pyjudge {
namespace {

// Python codec -> iconv name. Checked against CPython 3.11 on every byte and
// every two-byte sequence; big5, cp932, shift_jis, euc_jp, euc_kr, gbk,
// gb18030, cp1255, cp1258, mac_roman and tis_620 differ from glibc somewhere,
// and the EBCDIC pages, UTF-16/32 and ISO-2022 are not ASCII-compatible or
// are stateful: those are left out.
const std::map<std::string, std::string, std::less<>>& iconv_names() {
  static const std::map<std::string, std::string, std::less<>> names = [] {
    std::map<std::string, std::string, std::less<>> m = {
        {"ascii", "ASCII"},       {"latin_1", "ISO-8859-1"}, {"cp1125", "CP1125"},   {"cp874", "CP874"},
        {"cp949", "CP949"},       {"gb2312", "GB2312"},     {"hp_roman8", "HP-ROMAN8"}, {"koi8_r", "KOI8-R"},
        {"koi8_t", "KOI8-T"},     {"koi8_u", "KOI8-U"},     {"utf_8", ""},
    };
    for (int n : {2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16})
      m["iso8859_" + std::to_string(n)] = "ISO-8859-" + std::to_string(n);
    for (int n : {1250, 1251, 1252, 1253, 1254, 1256, 1257, 437, 737, 775, 850, 852, 855, 857, 858, 860, 861, 862,
                  863, 865, 866, 869})
      m["cp" + std::to_string(n)] = "CP" + std::to_string(n);
    return m;
  }();
  return names;
}

// encodings.aliases.aliases (CPython 3.11), for the codecs above.
const std::map<std::string, std::string, std::less<>>& aliases() {
  static const std::map<std::string, std::string, std::less<>> table = [] {
    std::map<std::string, std::string, std::less<>> m;
    const auto add = [&](const char* codec, std::initializer_list<const char*> names) {
      for (const char* name : names) m[name] = codec;
    };
    add("ascii", {"646", "ansi_x3.4_1968", "ansi_x3.4_1986", "ansi_x3_4_1968", "cp367", "csascii", "ibm367",
                  "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us", "us_ascii"});
    add("latin_1", {"8859", "cp819", "csisolatin1", "ibm819", "iso8859", "iso8859_1", "iso_8859_1",
                    "iso_8859_1_1987", "iso_ir_100", "l1", "latin", "latin1"});
    add("iso8859_2", {"csisolatin2", "iso_8859_2", "iso_8859_2_1987", "iso_ir_101", "l2", "latin2"});
    add("iso8859_3", {"csisolatin3", "iso_8859_3", "iso_8859_3_1988", "iso_ir_109", "l3", "latin3"});
    add("iso8859_4", {"csisolatin4", "iso_8859_4", "iso_8859_4_1988", "iso_ir_110", "l4", "latin4"});
    add("iso8859_5", {"csisolatincyrillic", "cyrillic", "iso_8859_5", "iso_8859_5_1988", "iso_ir_144"});
    add("iso8859_6", {"arabic", "asmo_708", "csisolatinarabic", "ecma_114", "iso_8859_6", "iso_8859_6_1987", "iso_ir_127"});
    add("iso8859_7", {"csisolatingreek", "ecma_118", "elot_928", "greek", "greek8", "iso_8859_7", "iso_8859_7_1987",
                      "iso_ir_126"});
    add("iso8859_8", {"csisolatinhebrew", "hebrew", "iso_8859_8", "iso_8859_8_1988", "iso_ir_138"});
    add("iso8859_9", {"csisolatin5", "iso_8859_9", "iso_8859_9_1989", "iso_ir_148", "l5", "latin5"});
    add("iso8859_10", {"csisolatin6", "iso_8859_10", "iso_8859_10_1992", "iso_ir_157", "l6", "latin6"});
    add("iso8859_11", {"iso_8859_11", "iso_8859_11_2001", "thai"});
    add("iso8859_13", {"iso_8859_13", "l7", "latin7"});
    add("iso8859_14", {"iso_8859_14", "iso_8859_14_1998", "iso_celtic", "iso_ir_199", "l8", "latin8"});
    add("iso8859_15", {"iso_8859_15", "l9", "latin9"});
    add("iso8859_16", {"iso_8859_16", "iso_8859_16_2001", "iso_ir_226", "l10", "latin10"});
    add("cp1125", {"1125", "cp866u", "ibm1125", "ruscii"});
    for (const char* n : {"1250", "1251", "1252", "1253", "1254", "1256", "1257"})
      add(("cp" + std::string(n)).c_str(), {n}), m[std::string("windows_") + n] = "cp" + std::string(n);
    add("cp437", {"437", "cspc8codepage437", "ibm437"});
    add("cp775", {"775", "cspc775baltic", "ibm775"});
    add("cp850", {"850", "cspc850multilingual", "ibm850"});
    add("cp852", {"852", "cspcp852", "ibm852"});
    add("cp855", {"855", "csibm855", "ibm855"});
    add("cp857", {"857", "csibm857", "ibm857"});
    add("cp858", {"858", "csibm858", "ibm858"});
    add("cp860", {"860", "csibm860", "ibm860"});
    add("cp861", {"861", "cp_is", "csibm861", "ibm861"});
    add("cp862", {"862", "cspc862latinhebrew", "ibm862"});
    add("cp863", {"863", "csibm863", "ibm863"});
    add("cp865", {"865", "csibm865", "ibm865"});
    add("cp866", {"866", "csibm866", "ibm866"});
    add("cp869", {"869", "cp_gr", "csibm869", "ibm869"});
    add("cp949", {"949", "ms949", "uhc"});
    add("gb2312", {"chinese", "csiso58gb231280", "euc_cn", "euccn", "eucgb2312_cn", "gb2312_1980", "gb2312_80",
                   "iso_ir_58", "x_mac_simp_chinese"});
    add("hp_roman8", {"cp1051", "ibm1051", "r8", "roman8"});
    add("koi8_r", {"cskoi8r"});
    add("utf_8", {"cp65001", "u8", "utf", "utf8", "utf8_ucs2", "utf8_ucs4"});
    return m;
  }();
  return table;
}

// encodings.normalize_encoding after the codec registry's lower-casing: runs
// of anything but letters, digits and dots become one underscore; none at the ends.
std::string normalize(std::string_view name) {
  std::string out;
  bool punct = false;
  for (const char c : name) {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '.') {
      if (punct && !out.empty()) out += '_';
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      punct = false;
    } else {
      punct = true;
    }
  }
  return out;
}

}  // namespace

std::optional<std::string> python_codec(std::string_view name) {
  const std::string norm = normalize(name);
  std::string dotless = norm;
  std::replace(dotless.begin(), dotless.end(), '.', '_');
  for (const std::string& key : {norm, dotless})
    if (const auto it = aliases().find(key); it != aliases().end()) return it->second;
  if (norm.find('.') == std::string::npos && iconv_names().count(norm)) return norm;  // a module name itself
  return std::nullopt;
}

CodecOutput decode_codec(const std::string& codec, std::string_view bytes) {
  const iconv_t cd = ::iconv_open("UTF-8", iconv_names().at(codec).c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) throw std::runtime_error("iconv cannot decode " + codec);
  CodecOutput out;
  std::string buffer(bytes.size() * 4 + 16, '\0');  // no codec here needs more than 4 bytes of UTF-8 per byte
  char* in = const_cast<char*>(bytes.data());
  std::size_t in_left = bytes.size();
  char* to = buffer.data();
  std::size_t to_left = buffer.size();
  if (::iconv(cd, &in, &in_left, &to, &to_left) == static_cast<std::size_t>(-1))
    out.bad_at = bytes.size() - in_left;  // EILSEQ, or EINVAL for a sequence cut short at the end
  else
    ::iconv(cd, nullptr, nullptr, &to, &to_left);
  ::iconv_close(cd);
  buffer.resize(buffer.size() - to_left);
  out.text = std::move(buffer);
  return out;
}

}  // namespace pyjudge
