# expect: wrong_answer
# Writes `yield flatten(element)`: the nested generator object itself becomes
# an item instead of its leaves.
def flatten(nested):
    for element in nested:
        if isinstance(element, (list, tuple)):
            yield flatten(element)
        else:
            yield element
