// Small lexical checks on spec text (identifiers, YAML core-schema numbers).
// Hand-written: std::regex compilation alone cost ~3 ms per `pyjudge check`.
#pragma once

#include <string_view>

namespace pyjudge::lexical {

bool is_identifier(std::string_view s);         // a Python identifier (ASCII)
bool is_dotted_identifier(std::string_view s);  // a.b.c
bool is_python_keyword(std::string_view s);     // a hard keyword: def, global, None, ... (not match/case/type)
// A dotted name none of whose parts is a keyword: what a static rule can name.
bool is_rule_name(std::string_view s);
bool is_slug(std::string_view s);               // an exercise folder name: [a-z0-9-]+, no leading/trailing dash
bool is_yaml_int(std::string_view s);           // [-+]?[0-9]+
bool is_yaml_float(std::string_view s);         // [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?
bool is_yaml_inf(std::string_view s);           // [-+]?\.(inf|Inf|INF)
bool is_yaml_nan(std::string_view s);           // \.(nan|NaN|NAN)

}  // namespace pyjudge::lexical
