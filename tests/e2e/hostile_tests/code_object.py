# expect: rule_violation
# Tells the implementations apart by their bytecode constants.
from clamp import clamp

REFERENCE = None


def test_same_code_as_the_first_one():
    assert clamp.__code__.co_consts
