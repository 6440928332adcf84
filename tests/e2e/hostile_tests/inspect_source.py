# expect: rule_violation
# Reads the implementation's source.
import inspect

from clamp import clamp


def test_source():
    assert "x <= low" not in inspect.getsource(clamp)
