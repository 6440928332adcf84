# expect: time_limit_exceeded
# Correct, but keeps the memo as a list of (original, copy) pairs and scans
# it for every object: quadratic time.
_ATOMS = (type(None), bool, int, float, complex, str, bytes)


def deepcopy(obj):
    """Copy obj and everything it refers to, keeping shared references shared."""
    return _copy(obj, [])


def _copy(obj, memo):
    # memo maps id(original) -> its copy. Every original stays alive (it is
    # reachable from the argument) until we return, so ids cannot be reused.
    if type(obj) in _ATOMS:
        return obj
    for original, copied in memo:
        if original is obj:
            return copied

    if type(obj) is tuple:
        items = tuple(_copy(item, memo) for item in obj)
        for original, copied in memo:
            if original is obj:
                return copied
        result = obj if all(new is old for new, old in zip(items, obj)) else items
        memo.append((obj, result))
        return result

    # Mutable containers and objects: register the (still empty) copy before
    # copying the contents, so that a cycle back to obj finds it.
    if type(obj) is list:
        result = []
        memo.append((obj, result))
        result.extend(_copy(item, memo) for item in obj)
    elif type(obj) is dict:
        result = {}
        memo.append((obj, result))
        for name, value in obj.items():
            result[_copy(name, memo)] = _copy(value, memo)
    elif type(obj) is set:
        result = set()
        memo.append((obj, result))
        for item in obj:
            result.add(_copy(item, memo))
    else:
        cls = type(obj)
        result = cls.__new__(cls)  # __init__ is not called
        memo.append((obj, result))
        result.__dict__.update(_copy(obj.__dict__, memo))
    return result
