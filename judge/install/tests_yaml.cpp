#include "judge/install/tests_yaml.hpp"

#include <yaml-cpp/yaml.h>

#include <charconv>
#include <cmath>

#include "judge/text/utf8.hpp"
#include "protocol/bigint.hpp"

namespace pyjudge {
namespace {

// Shortest text that reads back as the same double.
std::string shortest(double d) {
  char buf[64];
  const auto end = std::to_chars(buf, buf + sizeof buf, d).ptr;
  return std::string(buf, end);
}

// A YAML core-schema float (never read back as an int).
std::string float_text(double d) {
  if (std::isnan(d)) return ".nan";
  if (std::isinf(d)) return d > 0 ? ".inf" : "-.inf";
  std::string text = shortest(d);
  if (text.find_first_of(".e") == std::string::npos) text += ".0";
  return text;
}

// Bytes as the loader reads `!bytes`: each byte one code point below U+0100.
std::string latin1_text(const std::string& bytes) {
  std::string utf8;
  for (const unsigned char c : bytes) utf8 += utf8_encode(c);
  return utf8;
}

void emit_string(YAML::Emitter& out, const std::string& text) { out << YAML::DoubleQuoted << text; }

void emit_value(YAML::Emitter& out, const Value& v);

void emit_items(YAML::Emitter& out, const std::vector<Value>& items, const char* tag) {
  if (tag) out << YAML::LocalTag(tag);
  out << YAML::Flow << YAML::BeginSeq;
  for (const auto& item : items) emit_value(out, item);
  out << YAML::EndSeq;
}

void emit_value(YAML::Emitter& out, const Value& v) {
  switch (v.kind) {
    case Value::Kind::None: out << YAML::Null; break;
    case Value::Kind::Bool: out << v.boolean; break;
    case Value::Kind::Int: out << bigint::to_decimal(v.text); break;
    case Value::Kind::Float: out << float_text(v.number); break;
    case Value::Kind::Str: emit_string(out, v.text); break;
    case Value::Kind::Bytes: out << YAML::LocalTag("bytes") << YAML::DoubleQuoted << latin1_text(v.text); break;
    case Value::Kind::List: emit_items(out, v.items, nullptr); break;
    case Value::Kind::Tuple: emit_items(out, v.items, "tuple"); break;
    case Value::Kind::Set: emit_items(out, v.items, "set"); break;
    case Value::Kind::FrozenSet: emit_items(out, v.items, "frozenset"); break;
    case Value::Kind::Dict:
      out << YAML::Flow << YAML::BeginMap;
      for (std::size_t i = 0; i + 1 < v.items.size(); i += 2) {
        out << YAML::Key;
        emit_value(out, v.items[i]);
        out << YAML::Value;
        emit_value(out, v.items[i + 1]);
      }
      out << YAML::EndMap;
      break;
    case Value::Kind::Unsupported: throw std::logic_error("an expected value cannot be unsupported");
  }
}

// A literal block reads back exactly only for text that ends in one newline,
// does not start with a space or a newline, and holds no control characters.
bool fits_literal_block(const std::string& text) {
  if (text.empty() || text.back() != '\n' || text.front() == ' ' || text.front() == '\n') return false;
  if (text.size() >= 2 && text[text.size() - 2] == '\n') return false;
  for (unsigned char c : text)
    if ((c < 0x20 && c != '\n') || c == 0x7f) return false;
  return true;
}

void emit_code(YAML::Emitter& out, const std::string& code) {
  if (fits_literal_block(code)) out << YAML::Literal << code;
  else emit_string(out, code);
}

void emit_name(YAML::Emitter& out, const TestCase& t) {
  if (t.title.ru.empty()) return emit_string(out, t.title.en);
  out << YAML::Flow << YAML::BeginMap << YAML::Key << "en" << YAML::Value;
  emit_string(out, t.title.en);
  out << YAML::Key << "ru" << YAML::Value;
  emit_string(out, t.title.ru);
  out << YAML::EndMap;
}

void emit_limits(YAML::Emitter& out, const Limits& test, const Limits& exercise) {
  const std::pair<const char*, std::uint32_t Limits::*> fields[] = {
      {"cpu_ms", &Limits::cpu_ms}, {"wall_ms", &Limits::wall_ms}, {"memory_mb", &Limits::memory_mb}, {"output_kb", &Limits::output_kb}};
  bool any = false;
  for (const auto& [key, field] : fields) any = any || test.*field != exercise.*field;
  if (!any) return;
  out << YAML::Key << "limits" << YAML::Value << YAML::Flow << YAML::BeginMap;
  for (const auto& [key, field] : fields)
    if (test.*field != exercise.*field) out << YAML::Key << key << YAML::Value << std::to_string(test.*field);
  out << YAML::EndMap;
}

const char* comparator_name(Comparator c) {
  switch (c) {
    case Comparator::Exact: return "exact";
    case Comparator::Unordered: return "unordered";
    case Comparator::Set: return "set";
    case Comparator::Approx: return "approx";
  }
  return "exact";
}

void emit_sealed(YAML::Emitter& out, const SealedExpectation& sealed) {
  out << YAML::Key << "sealed" << YAML::Value << YAML::BeginMap << YAML::Key << "salt" << YAML::Value << sealed.salt;
  if (sealed.observations) {
    out << YAML::Key << "expect" << YAML::Value << YAML::BeginSeq;
    for (const auto& digest : *sealed.observations) out << digest;
    out << YAML::EndSeq;
  }
  if (sealed.stdout_digest) out << YAML::Key << "stdout" << YAML::Value << *sealed.stdout_digest;
  out << YAML::EndMap;
}

// A SQL test as its author wrote it (the loader makes the driver from it): the
// rows expected, then, with `columns`, the column names.
void emit_sql_test(YAML::Emitter& out, const TestCase& t) {
  const SqlQuery& q = *t.sql;
  out << YAML::Key << "fixture" << YAML::Value;
  emit_string(out, q.fixture);
  out << YAML::Key << "query" << YAML::Value << q.query;
  if (q.params) {
    out << YAML::Key << "params" << YAML::Value;
    emit_value(out, *q.params);
  }
  if (!q.check.empty()) {
    out << YAML::Key << "check" << YAML::Value;
    emit_code(out, q.check);
  }
  if (t.expect) {
    out << YAML::Key << "expect" << YAML::Value;
    emit_value(out, t.expect->items.at(0));
  }
  if (!q.columns) return;
  out << YAML::Key << "columns" << YAML::Value;
  if (t.expect) emit_value(out, t.expect->items.at(1));
  else out << true;  // a sealed or raises test: the names are observed, their expectation is not here
}

void emit_python_test(YAML::Emitter& out, const TestCase& t) {
  out << YAML::Key << t.kind << YAML::Value;
  emit_code(out, t.code);
  if (t.expect) {
    out << YAML::Key << "expect" << YAML::Value;
    emit_value(out, *t.expect);
  }
  if (t.expected_stdout) {
    out << YAML::Key << "stdout" << YAML::Value;
    emit_string(out, *t.expected_stdout);
  }
}

void emit_test(YAML::Emitter& out, const TestCase& t, const Limits& exercise_limits) {
  out << YAML::BeginMap << YAML::Key << "name" << YAML::Value;
  emit_name(out, t);
  if (t.sql) emit_sql_test(out, t);
  else emit_python_test(out, t);
  if (t.raises) out << YAML::Key << "raises" << YAML::Value << *t.raises;  // a dotted name: plain unless YAML needs quotes
  const Comparator usual = t.sql ? Comparator::Unordered : Comparator::Exact;  // SQL rows come in any order
  if (t.compare != usual) out << YAML::Key << "compare" << YAML::Value << comparator_name(t.compare);
  if (t.compare == Comparator::Approx)
    out << YAML::Key << "tolerance" << YAML::Value << YAML::Flow << YAML::BeginMap << YAML::Key << "rel" << YAML::Value
        << shortest(t.rel_tolerance) << YAML::Key << "abs" << YAML::Value << shortest(t.abs_tolerance) << YAML::EndMap;
  emit_limits(out, t.limits, exercise_limits);
  if (t.visible) out << YAML::Key << "visible" << YAML::Value << true;
  if (t.weight != 1.0) out << YAML::Key << "weight" << YAML::Value << shortest(t.weight);
  if (t.sealed) emit_sealed(out, *t.sealed);
  out << YAML::EndMap;
}

}  // namespace

std::string tests_yaml(const Exercise& exercise) {
  YAML::Emitter out;
  out << YAML::BeginSeq;
  for (std::size_t i = exercise.examples; i < exercise.tests.size(); ++i) emit_test(out, exercise.tests[i], exercise.limits);
  out << YAML::EndSeq;
  if (!out.good()) throw std::logic_error("cannot write tests.yaml: " + out.GetLastError());
  return std::string(out.c_str()) + "\n";
}

}  // namespace pyjudge
