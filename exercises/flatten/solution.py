def flatten(nested):
    """Yield the leaves of a structure of nested lists and tuples, left to
    right. Everything that is not a list or a tuple is a leaf."""
    for element in nested:
        if isinstance(element, (list, tuple)):
            yield from flatten(element)
        else:
            yield element
