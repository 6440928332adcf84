# expect: rule_violation
# Looks at the implementation module's globals and sys.modules.
import sys

from clamp import clamp


def test_globals():
    assert sys.modules["clamp"] is not None
    assert clamp.__globals__["__name__"] == "clamp"
