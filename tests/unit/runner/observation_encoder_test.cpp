// observe() as the runner encodes it, decoded as the judge decodes it: exact
// types only, no candidate method called, a snapshot at the time of the call
// (invariant 2, docs/architecture.md).
#include <doctest/doctest.h>

#include <pybind11/embed.h>

#include "protocol/value.hpp"
#include "protocol/value_codec.hpp"
#include "runner/observation_encoder.hpp"

namespace py = pybind11;
using namespace pyjudge;
using runner::ObservationEncoder;

namespace {

// One interpreter for the whole test program, started on first use.
void ensure_interpreter() {
  static py::scoped_interpreter* interpreter = new py::scoped_interpreter();
  (void)interpreter;
}

// Evaluates `setup` then the expression `expr`, observes the result and
// decodes it back.
std::vector<Value> observed(const std::string& setup, const std::vector<std::string>& exprs, std::size_t budget = 1 << 20) {
  ensure_interpreter();
  py::dict scope;
  py::exec(setup, scope);
  ObservationEncoder encoder(budget);
  for (const auto& e : exprs) encoder.observe(py::eval(e, scope).ptr());
  wire::Reader r(encoder.bytes());
  std::vector<Value> values;
  for (std::uint32_t i = 0; i < encoder.count(); ++i) values.push_back(wire::decode_value(r));
  CHECK(r.at_end());
  return values;
}

std::string repr_of(const std::string& expr, const std::string& setup = "") { return repr(observed(setup, {expr}).at(0)); }

}  // namespace

TEST_CASE("every plain kind round-trips into the judge's Value") {
  CHECK(repr_of("[None, True, False, -2**100, 1.5, float('nan'), 'héllo', b'\\x00\\xff']") ==
        "[None, True, False, -1267650600228229401496703205376, 1.5, nan, 'héllo', b'\\x00\\xff']");
  CHECK(repr_of("((1,), {'k': [2]}, {3}, frozenset({4}), [])") == "((1,), {'k': [2]}, {3}, frozenset({4}), [])");
  CHECK(values_equal(observed("", {"10**30"})[0], Value::of_int_decimal("1000000000000000000000000000000")));
}

TEST_CASE("subclasses of builtins and other objects are reported as unsupported, without calling them") {
  const std::string setup =
      "calls = []\n"
      "class MyList(list):\n"
      "    def __iter__(self): calls.append('iter'); return iter([])\n"
      "class Sneaky:\n"
      "    def __eq__(self, other): calls.append('eq'); return True\n"
      "    def __repr__(self): calls.append('repr'); return 'x'\n"
      "    def __hash__(self): calls.append('hash'); return 1\n"
      "class MyInt(int): pass\n";
  const auto values = observed(setup, {"MyList([1])", "Sneaky()", "MyInt(3)", "[Sneaky()]", "calls"});
  CHECK(repr(values[0]) == "<unsupported type MyList>");
  CHECK(repr(values[1]) == "<unsupported type Sneaky>");
  CHECK(repr(values[2]) == "<unsupported type MyInt>");
  CHECK(repr(values[3]) == "<unsupported type Sneaky>");  // one bad element makes the whole observation unsupported
  CHECK(repr(values[4]) == "[]");                          // no method of theirs ran
}

TEST_CASE("an observation is a snapshot, a self-referencing container is refused") {
  ensure_interpreter();
  py::dict scope;
  py::exec("xs = [1, 2]\nloop = []\nloop.append(loop)\n", scope);
  ObservationEncoder encoder(1 << 20);
  encoder.observe(scope["xs"].ptr());
  py::exec("xs.append(3)", scope);
  encoder.observe(scope["loop"].ptr());
  wire::Reader r(encoder.bytes());
  CHECK(repr(wire::decode_value(r)) == "[1, 2]");
  CHECK(repr(wire::decode_value(r)).find("nested deeper than 64 levels") != std::string::npos);
}

TEST_CASE("observations beyond the budget become one unsupported value, and the rest are dropped") {
  const auto values = observed("", {"'x' * 100", "'y' * 5000", "1"}, 1000);
  REQUIRE(values.size() == 2);
  CHECK(repr(values[0]) == "'" + std::string(100, 'x') + "'");
  CHECK(repr(values[1]) == "<observations larger than the result limit>");
}
