// An exercise as loaded from exercise.yaml and tests.yaml. Expected values live
// here, in the judge, and are never sent to the runner (invariant 1).
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "value.hpp"

namespace pyjudge {

struct Limits {
  std::uint32_t cpu_ms = 2000;
  std::uint32_t wall_ms = 5000;
  std::uint32_t memory_mb = 256;
  std::uint32_t output_kb = 64;
};

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

struct Rules {
  std::vector<std::string> forbid_imports, forbid_names;
  std::string require_generator, require_class;
  std::uint64_t max_source_bytes = 65536;
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
