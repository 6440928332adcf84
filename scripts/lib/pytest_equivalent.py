"""Writes a pytest file that runs an exercise's call tests the way a
test-runner-in-a-container setup would: import the solution, call, assert.
Used by the benchmarks as the baseline that pyjudge is compared with."""
import collections
import yaml


class _Loader(yaml.SafeLoader):
    pass


for _tag, _make in (("!tuple", tuple), ("!set", set), ("!frozenset", frozenset)):
    _Loader.add_constructor(_tag, lambda loader, node, make=_make: make(loader.construct_sequence(node, deep=True)))
_Loader.add_constructor("!bytes", lambda loader, node: loader.construct_scalar(node).encode("latin-1"))


def is_python_kind(exercise_dir):
    exercise = yaml.load((exercise_dir / "exercise.yaml").read_text(), Loader=_Loader)
    return exercise.get("kind", "python") == "python"


def tests_of(exercise_dir):
    exercise = yaml.load((exercise_dir / "exercise.yaml").read_text(), Loader=_Loader)
    hidden_path = exercise_dir / "tests.yaml"
    hidden = yaml.load(hidden_path.read_text(), Loader=_Loader) if hidden_path.exists() else []
    return exercise["module"], (exercise.get("examples") or []) + (hidden or [])


def render(module, tests):
    lines = ["import collections", f"from {module} import *", ""]
    for i, test in enumerate(tests):
        if "call" not in test or "expect" not in test:
            continue  # the baseline covers call tests with expected values
        compare = test.get("compare", "exact")
        actual = test["call"]
        if compare == "unordered":
            check = f"collections.Counter({actual}) == collections.Counter({test['expect']!r})"
        elif compare == "set":
            check = f"set({actual}) == set({test['expect']!r})"
        else:
            check = f"({actual}) == {test['expect']!r}"
        lines += [f"def test_{i}():", f"    assert {check}", ""]
    return "\n".join(lines)
