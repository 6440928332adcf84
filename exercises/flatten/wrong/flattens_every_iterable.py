# expect: runtime_error
# Treats anything iterable as a container. A one-character string iterates to
# itself, so the recursion never ends.
from collections.abc import Iterable


def flatten(nested):
    for element in nested:
        if isinstance(element, Iterable):
            yield from flatten(element)
        else:
            yield element
