// Reads one test (an example of exercise.yaml or an item of tests.yaml) of a
// Python or SQL exercise into a TestCase, reporting every problem at its
// file:line:column (docs/spec-format.md). A SQL test becomes a Python driver
// here (judge/kinds/sql_driver.hpp); the rest of the judge sees only drivers.
#pragma once

#include <map>
#include <string>

#include "judge/spec/exercise.hpp"
#include "judge/spec/yaml/context.hpp"

namespace pyjudge {

class TestReader {
 public:
  // Appends the test to `exercise.tests`. `example`: from exercise.yaml, always visible.
  void read(YamlContext& ctx, const YAML::Node& node, Exercise& exercise, bool example);

 private:
  void read_name(YamlContext& ctx, const YAML::Node& node, TestCase& t);
  void read_python_driver(YamlContext& ctx, const YAML::Node& node, TestCase& t);
  void read_sql_query(YamlContext& ctx, const YAML::Node& node, const Exercise& exercise, TestCase& t);
  void read_expectations(YamlContext& ctx, const YAML::Node& node, TestCase& t);
  void read_options(YamlContext& ctx, const YAML::Node& node, const Exercise& exercise, bool example, TestCase& t);
  SealedExpectation read_sealed(YamlContext& ctx, const YAML::Node& node, const TestCase& t);

  std::map<std::string, std::string> names_;  // name -> "file:line:column" of its first test
};

}  // namespace pyjudge
