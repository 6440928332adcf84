#include "judge/kinds/mutation_tests.hpp"

namespace pyjudge {
namespace {

// Runs in the sandbox, in each test's driver: every `test*` function of the
// learner's module, in the order defined; returns "name: Error: message" for
// each that raised.
constexpr const char* kRunLearnerTests = R"PY(_pj_function = type(lambda: None)


def _pj_line(error):
    """The last line of the learner's file the error passed through."""
    line, tb = None, error.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == __file__:
            line = tb.tb_lineno
        tb = tb.tb_next
    return f" (line {line})" if line else ""


def _pj_failing_tests():
    tests = [(name, value) for name, value in list(globals().items())
             if name.startswith("test") and type(value) is _pj_function]
    if not tests:
        raise LookupError("the file defines no test functions (def test_...(): with no parameters)")
    failing = []
    for name, test in tests:
        try:
            test()
        except BaseException as error:  # noqa: B902 - a SystemExit fails the test too
            failing.append(f"{name}{_pj_line(error)}: {type(error).__name__}: {error}"[:300])
    return failing
)PY";

TestCase implementation_test(const Localized& title, const std::string& module, const Implementation& impl,
                             const std::string& observe, const Value& expect, const Limits& limits) {
  TestCase t;
  t.name = title.en;
  t.title = title;
  t.kind = "code";
  t.code = std::string(kRunLearnerTests) + "\n\n" + observe + "\n";
  t.expect = Value::sequence(Value::Kind::List, {expect});
  t.limits = limits;
  t.modules = {{module, impl.source}};
  return t;
}

}  // namespace

const std::vector<std::string> kIntrospectionNames = {
    "inspect",  "dis",        "marshal",   "gc",         "sys",          "importlib",   "__import__",
    "getattr",  "vars",       "globals",   "locals",     "compile",      "exec",        "eval",
    "open",     "__code__",   "__globals__", "__closure__", "__defaults__", "__kwdefaults__", "__dict__",
    "__file__", "__spec__",   "__loader__",  "__getattribute__", "__builtins__", "co_code", "co_consts",
    "__traceback__", "tb_frame", "tb_next", "f_code", "f_globals", "f_locals", "f_back", "traceback",
};

std::vector<TestCase> mutation_tests(const std::string& module, const Implementation& correct,
                                     const std::vector<Implementation>& mutants, const Limits& limits) {
  std::vector<TestCase> tests;
  TestCase first = implementation_test({"your tests pass on the correct implementation",
                                        "ваши тесты проходят на правильной реализации"},
                                       module, correct,
                                       "observe(_pj_failing_tests())", Value::sequence(Value::Kind::List, {}), limits);
  first.visible = true;
  first.weight = 0;
  first.failure_message = "some of your tests fail on the correct implementation";
  tests.push_back(std::move(first));
  for (std::size_t i = 0; i < mutants.size(); ++i) {
    const std::string number = std::to_string(i + 1);
    TestCase t = implementation_test({"mutant " + number, "мутант " + number}, module, mutants[i],
                                     "observe(len(_pj_failing_tests()) > 0)", Value::of_bool(true), limits);
    t.failure_message = "this mutant survived: none of your tests failed on it";
    tests.push_back(std::move(t));
  }
  return tests;
}

void settle_mutation_results(SubmissionResult& result) {
  if (result.tests.empty() || result.tests.front().verdict == Verdict::Accepted) return;
  for (std::size_t i = 1; i < result.tests.size(); ++i) {
    if (result.tests[i].verdict != Verdict::Accepted) continue;
    result.tests[i].verdict = Verdict::WrongAnswer;
    result.tests[i].message = "not counted: your tests fail on the correct implementation";
  }
}

}  // namespace pyjudge
