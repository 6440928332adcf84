# expect: wrong_answer
# Excludes str and bytes from "iterable" but still opens dicts (yielding their
# keys) and sets.
from collections.abc import Iterable


def flatten(nested):
    for element in nested:
        if isinstance(element, Iterable) and not isinstance(element, (str, bytes)):
            yield from flatten(element)
        else:
            yield element
