# expect: wrong_answer
# Forgets tuples: they are yielded as leaves instead of being flattened.
def flatten(nested):
    for element in nested:
        if isinstance(element, list):
            yield from flatten(element)
        else:
            yield element
