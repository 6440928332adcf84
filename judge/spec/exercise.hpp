// An exercise as loaded from exercise.yaml and tests.yaml. Expected values live
// here, in the judge, and are never sent to the runner (invariant 1, docs/architecture.md).
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "protocol/job.hpp"
#include "protocol/value.hpp"

namespace pyjudge {

// The same limits and rules the runner enforces: declared once, in the protocol.
using Limits = protocol::Limits;
using Rules = protocol::Rules;

struct Localized {
  std::string en, ru;
  const std::string& in(std::string_view lang) const { return lang == "ru" && !ru.empty() ? ru : en; }
};

enum class Comparator { Exact, Unordered, Set, Approx };

struct TestCase {
  std::string name;    // the English title: what reports and progress name the test by
  Localized title;     // name in each language (ru may be empty: then the English one)
  std::string kind;  // "call" or "code"
  std::string code;
  std::optional<Value> expect;
  std::optional<std::string> raises;
  std::optional<std::string> expected_stdout;
  Comparator compare = Comparator::Exact;
  double rel_tolerance = 1e-9;
  double abs_tolerance = 0.0;
  Limits limits;
  bool visible = false;
  double weight = 1.0;
  std::string origin;  // "file:line:column" of the test, for messages
};

struct Exercise {
  std::string slug;
  std::filesystem::path dir;
  Localized title, statement;
  std::string difficulty;
  std::vector<std::string> topics;
  std::string module;
  std::vector<std::string> entry_points;
  std::string starter;
  std::vector<Localized> hints;
  Limits limits;
  Rules rules;
  std::vector<TestCase> tests;  // visible examples first, then tests.yaml in order
  bool has_hidden_tests = false;
};

}  // namespace pyjudge
