# expect: runtime_error
# Creates the copy of an object by calling its class, which runs __init__
# (and fails when __init__ needs arguments).
_ATOMS = (type(None), bool, int, float, complex, str, bytes)


def deepcopy(obj):
    """Copy obj and everything it refers to, keeping shared references shared."""
    return _copy(obj, {})


def _copy(obj, memo):
    # memo maps id(original) -> its copy. Every original stays alive (it is
    # reachable from the argument) until we return, so ids cannot be reused.
    if type(obj) in _ATOMS:
        return obj
    key = id(obj)
    if key in memo:
        return memo[key]

    if type(obj) is tuple:
        items = tuple(_copy(item, memo) for item in obj)
        if key in memo:  # the tuple was reached again through its own items
            return memo[key]
        result = obj if all(new is old for new, old in zip(items, obj)) else items
        memo[key] = result
        return result

    # Mutable containers and objects: register the (still empty) copy before
    # copying the contents, so that a cycle back to obj finds it.
    if type(obj) is list:
        result = []
        memo[key] = result
        result.extend(_copy(item, memo) for item in obj)
    elif type(obj) is dict:
        result = {}
        memo[key] = result
        for name, value in obj.items():
            result[_copy(name, memo)] = _copy(value, memo)
    elif type(obj) is set:
        result = set()
        memo[key] = result
        for item in obj:
            result.add(_copy(item, memo))
    else:
        cls = type(obj)
        result = cls()
        memo[key] = result
        result.__dict__.update(_copy(obj.__dict__, memo))
    return result
