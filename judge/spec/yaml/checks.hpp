// What yaml-cpp lets through or reports unhelpfully, checked by
// YamlContext::load: text that is not UTF-8, tabs in indentation (checked on
// the raw text, before parsing) and duplicate keys (on the parsed tree).
#pragma once

#include <yaml-cpp/yaml.h>

#include <string>
#include <string_view>
#include <vector>

#include "judge/errors.hpp"

namespace pyjudge {

// The first byte that is not UTF-8, as file:line:column (column in characters).
std::vector<Diagnostic> non_utf8_text(const std::string& file, std::string_view text);
// Every line whose indentation holds a tab, outside the text of block scalars
// (`|`, `>`), where a tab is content.
std::vector<Diagnostic> tabs_in_indentation(const std::string& file, std::string_view text);
// Every key a mapping repeats, at the repeated key (yaml-cpp keeps both and
// reads the first). Each mapping is checked once, however many aliases name it.
std::vector<Diagnostic> duplicate_keys(const std::string& file, const YAML::Node& root);

}  // namespace pyjudge
