#include "judge/install/sealed_exercise.hpp"

#include "judge/errors.hpp"
#include "judge/spec/sealed_value.hpp"

namespace pyjudge {
namespace {

std::string digest_of(const Value& expected, const TestCase& t, const std::string& salt) {
  const auto digest = observation_digest(expected, t.compare, salt);
  if (!digest)
    throw UsageError(t.origin + ": test '" + t.name + "' can never pass: compare: unordered and set need a list, tuple, set or frozenset");
  return *digest;
}

SealedExpectation seal_test(const TestCase& t, const std::string& salt) {
  SealedExpectation sealed{salt, std::nullopt, std::nullopt};
  if (t.expect) {
    sealed.observations.emplace();
    if (t.kind == "call") sealed.observations->push_back(digest_of(*t.expect, t, salt));
    else
      for (const auto& item : t.expect->items) sealed.observations->push_back(digest_of(item, t, salt));
  }
  if (t.expected_stdout) sealed.stdout_digest = stdout_digest(*t.expected_stdout, salt);
  return sealed;
}

bool same_value(const std::optional<Value>& a, const std::optional<Value>& b) {
  return a.has_value() == b.has_value() && (!a || (a->kind == b->kind && repr(*a) == repr(*b) && values_equal(*a, *b)));
}

bool same_driver(const TestCase& p, const TestCase& c) {
  return p.name == c.name && p.title.ru == c.title.ru && p.kind == c.kind && p.code == c.code && p.raises == c.raises &&
         p.compare == c.compare && p.rel_tolerance == c.rel_tolerance && p.abs_tolerance == c.abs_tolerance &&
         p.limits == c.limits && p.visible == c.visible && p.weight == c.weight && p.modules == c.modules &&
         p.failure_message == c.failure_message;
}

bool same_expectations(const TestCase& p, const TestCase& c, bool sealed) {
  if (!sealed) return !c.sealed && same_value(p.expect, c.expect) && p.expected_stdout == c.expected_stdout;
  if (!c.sealed || c.expect || c.expected_stdout) return false;
  const auto expected = seal_test(p, c.sealed->salt);
  return c.sealed->observations == expected.observations && c.sealed->stdout_digest == expected.stdout_digest;
}

}  // namespace

bool sealable(const Exercise& exercise, std::size_t index) {
  const TestCase& t = exercise.tests.at(index);
  return exercise.kind != ExerciseKind::Tests && index >= exercise.examples && !t.visible &&
         t.compare != Comparator::Approx && (t.expect || t.expected_stdout);
}

Exercise sealed_copy(const Exercise& exercise, const std::string& salt) {
  Exercise copy = exercise;
  copy.sealed = true;
  for (std::size_t i = 0; i < copy.tests.size(); ++i) {
    if (!sealable(exercise, i)) continue;
    TestCase& t = copy.tests[i];
    t.sealed = seal_test(t, salt);
    t.expect.reset();
    t.expected_stdout.reset();
  }
  return copy;
}

std::string sealed_difference(const Exercise& plain, const Exercise& copy) {
  if (!copy.sealed) return "exercise.yaml does not say sealed: true";
  if (copy.tests.size() != plain.tests.size())
    return "it has " + std::to_string(copy.tests.size()) + " tests instead of " + std::to_string(plain.tests.size());
  for (std::size_t i = 0; i < plain.tests.size(); ++i)
    if (!same_driver(plain.tests[i], copy.tests[i]) || !same_expectations(plain.tests[i], copy.tests[i], sealable(plain, i)))
      return "test '" + plain.tests[i].name + "' reads back differently";
  return "";
}

}  // namespace pyjudge
