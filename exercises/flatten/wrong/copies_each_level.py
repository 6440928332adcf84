# expect: wrong_answer
# Copies each container into a list before walking it: not lazy within a
# container, and items appended meanwhile are missed.
def flatten(nested):
    items = list(nested)
    for item in items:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item
