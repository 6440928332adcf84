# expect: wrong_answer
# Flattens only the outermost level: no recursion, so deeper lists survive.
def flatten(nested):
    for element in nested:
        if isinstance(element, (list, tuple)):
            yield from element
        else:
            yield element
