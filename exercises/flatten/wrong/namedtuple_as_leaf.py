# expect: wrong_answer
# Treats a namedtuple as a leaf although it is a tuple subclass.
def flatten(nested):
    for item in nested:
        if isinstance(item, list) or (isinstance(item, tuple) and not hasattr(item, "_fields")):
            yield from flatten(item)
        else:
            yield item
