// Text made safe for XML.
#include <doctest/doctest.h>

#include "judge/text/xml_text.hpp"

using namespace pyjudge;

TEST_CASE("XML text: escaped, valid UTF-8, no control characters") {
  CHECK(xml_escape_text("a<b>&c") == "a&lt;b&gt;&amp;c");
  CHECK(xml_escape_attribute("say \"hi\"\nnow") == "say &quot;hi&quot;&#10;now");
  CHECK(valid_xml_chars(std::string("ok\x01\x00z", 5)) == "ok\xEF\xBF\xBD\xEF\xBF\xBDz");
  CHECK(valid_xml_chars("\xff") == "\xEF\xBF\xBD");                // not UTF-8
  CHECK(valid_xml_chars("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");  // overlong
  CHECK(valid_xml_chars("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a surrogate
  CHECK(valid_xml_chars("zo\xC3\xAB \xF0\x9F\x90\x8D") == "zo\xC3\xAB \xF0\x9F\x90\x8D");
}
