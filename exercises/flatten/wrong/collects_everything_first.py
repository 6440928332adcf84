# expect: runtime_error
# Walks the whole structure into a list before yielding anything: a generator
# in name only, not lazy.
def flatten(nested):
    result = []

    def walk(node):
        for element in node:
            if isinstance(element, (list, tuple)):
                walk(element)
            else:
                result.append(element)

    walk(nested)
    yield from result
