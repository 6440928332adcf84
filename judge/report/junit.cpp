#include "judge/report/junit.hpp"

#include <cstdio>

#include "judge/text/xml_text.hpp"

namespace pyjudge {
namespace {

struct Counts {
  std::size_t tests = 0, failures = 0, errors = 0;
  void add(const Counts& c) { tests += c.tests, failures += c.failures, errors += c.errors; }
};

Counts count(const BatchEntry& e) {
  if (!e.graded()) return {1, 0, 1};
  Counts c{e.result.tests.size(), 0, 0};
  for (const auto& t : e.result.tests) {
    if (t.verdict == Verdict::InternalError) ++c.errors;
    else if (t.verdict != Verdict::Accepted) ++c.failures;
  }
  return c;
}

std::string seconds(std::uint64_t ms) {
  char text[32];
  std::snprintf(text, sizeof text, "%.3f", static_cast<double>(ms) / 1000.0);
  return text;
}

std::string attr(const char* name, std::string_view value) {
  return std::string(" ") + name + "=\"" + xml_escape_attribute(value) + "\"";
}

std::string counts_attrs(const Counts& c) {
  return attr("tests", std::to_string(c.tests)) + attr("failures", std::to_string(c.failures)) +
         attr("errors", std::to_string(c.errors));
}

std::string property(const char* name, const std::string& value) {
  return "      <property" + attr("name", name) + attr("value", value) + "/>\n";
}

std::string properties(const BatchEntry& e, const std::string& sandbox) {
  std::string layers;
  for (const auto& l : e.result.sandbox_layers) layers += (layers.empty() ? "" : ",") + l;
  std::string out = "    <properties>\n" + property("path", e.path);
  if (e.graded()) {
    out += property("verdict", verdict_name(e.result.verdict)) + property("score", format_score(e.result.score)) +
           property("sandbox_layers", layers);
  }
  if (!e.result.retried.empty()) out += property("retried", e.result.retried);
  for (const auto& t : e.result.tests)
    if (!t.rerun.empty()) out += property(("rerun: " + t.name).c_str(), t.rerun);
  if (!sandbox.empty()) out += property("sandbox", sandbox);
  return out + "    </properties>\n";
}

// A failure's body: what a hidden test may show is its message only.
std::string testcase(const std::string& classname, const TestResult& t) {
  std::string out = "    <testcase" + attr("name", t.name) + attr("classname", classname) + attr("time", seconds(t.wall_ms));
  std::string body;
  if (t.verdict != Verdict::Accepted) {
    const char* tag = t.verdict == Verdict::InternalError ? "error" : "failure";
    body += std::string("      <") + tag + attr("type", verdict_name(t.verdict)) + attr("message", t.message) + ">" +
            xml_escape_text(t.visible ? t.details : "") + "</" + tag + ">\n";
  }
  if (t.visible && !t.stdout_text.empty()) body += "      <system-out>" + xml_escape_text(t.stdout_text) + "</system-out>\n";
  if (t.visible && !t.stderr_text.empty()) body += "      <system-err>" + xml_escape_text(t.stderr_text) + "</system-err>\n";
  return out + (body.empty() ? "/>\n" : ">\n" + body + "    </testcase>\n");
}

std::string testsuite(const BatchEntry& e, const std::string& sandbox) {
  const std::string name = e.submitter + "/" + e.exercise;
  std::string out = "  <testsuite" + attr("name", name) + counts_attrs(count(e)) + attr("skipped", "0") +
                    attr("time", seconds(e.duration_ms)) + ">\n" + properties(e, sandbox);
  if (!e.graded()) {
    out += "    <testcase" + attr("name", "submission") + attr("classname", name) + attr("time", "0.000") + ">\n" +
           "      <error" + attr("type", "not_graded") + attr("message", e.error) + "/>\n    </testcase>\n";
  } else {
    for (const auto& t : e.result.tests) out += testcase(name, t);
  }
  if (!e.result.message.empty()) out += "    <system-out>" + xml_escape_text(e.result.message) + "</system-out>\n";
  return out + "  </testsuite>\n";
}

// A run stopped before it graded everything fails in CI, whatever it graded:
// one more testsuite whose error says what is missing.
std::string incomplete_testsuite(const BatchRun& run) {
  const std::string name = "pyjudge grade";
  return "  <testsuite" + attr("name", name) + counts_attrs({1, 0, 1}) + attr("skipped", "0") + attr("time", "0.000") + ">\n" +
         "    <properties>\n" + property("complete", "false") + property("done", std::to_string(run.entries.size())) +
         property("planned", std::to_string(run.planned())) + "    </properties>\n" + "    <testcase" + attr("name", "incomplete") +
         attr("classname", name) + attr("time", "0.000") + ">\n" + "      <error" + attr("type", "incomplete") +
         attr("message", incomplete_note(run) + "; the other submissions are not in this report") + "/>\n    </testcase>\n" +
         "  </testsuite>\n";
}

}  // namespace

std::string junit_report(const BatchRun& run) {
  Counts total;
  std::string suites;
  const std::string sandbox = sandbox_note(run);
  for (const auto& e : run.entries) {
    total.add(count(e));
    suites += testsuite(e, sandbox);
  }
  if (!run.complete()) {
    total.add({1, 0, 1});
    suites += incomplete_testsuite(run);
  }
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites" + attr("name", "pyjudge grade") + counts_attrs(total) +
         attr("time", seconds(run.duration_ms)) + ">\n" + suites + "</testsuites>\n";
}

}  // namespace pyjudge
