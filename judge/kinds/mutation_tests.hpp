// How a write-the-tests exercise runs on the Python machinery: the learner's
// file of test functions is the candidate module; the judge makes one test per
// implementation, the correct one (every learner test must pass on it) and
// each hidden mutant (some learner test must fail on it), each run in a test
// process of its own with that implementation put in place as the module the
// learner's tests import. The score is the share of mutants killed.
#pragma once

#include <string>
#include <vector>

#include "judge/grading/verdict.hpp"
#include "judge/spec/exercise.hpp"

namespace pyjudge {

// Names a learner's tests may not use: they would let a test tell the
// implementations apart by their code instead of their behaviour. Added to
// every write-the-tests exercise's forbid_names (docs/spec-format.md).
extern const std::vector<std::string> kIntrospectionNames;

struct Implementation {
  std::string label;   // "the correct implementation", "mutant 3"
  std::string source;  // its Python source
};

// The tests of a write-the-tests exercise: the correct implementation first
// (visible, weight 0: it decides the verdict, not the score), then one hidden
// test per mutant.
std::vector<TestCase> mutation_tests(const std::string& module, const Implementation& correct,
                                     const std::vector<Implementation>& mutants, const Limits& limits);
// A mutant killed by tests that also fail on the correct implementation was
// not caught by testing: when the first test failed, every mutant counts as
// surviving.
void settle_mutation_results(SubmissionResult& result);

}  // namespace pyjudge
