// Text made safe for XML 1.0: escaped, valid UTF-8, and without the control
// characters XML cannot carry. Candidate output goes through here.
#pragma once

#include <string>
#include <string_view>

namespace pyjudge {

// Invalid UTF-8 and characters outside XML 1.0's Char production become U+FFFD.
std::string valid_xml_chars(std::string_view text);
// Character data: & < > escaped.
std::string xml_escape_text(std::string_view text);
// An attribute value in double quotes; line breaks and tabs as character
// references so that attribute normalisation keeps them.
std::string xml_escape_attribute(std::string_view text);

}  // namespace pyjudge
