# expect: rule_violation
# Reaches the code object through a name built at run time.
from clamp import clamp


def test_code_by_a_built_name():
    assert getattr(clamp, "__co" + "de__") is not None
