# expect: wrong_answer
# Collects the leftover positional arguments in a list, not a tuple.
CO_VARARGS = 0x04
CO_VARKEYWORDS = 0x08


def bind(func, /, *args, **kwargs):
    """Map the arguments of the call func(*args, **kwargs) to func's parameter
    names exactly as Python would, without calling func."""
    code = func.__code__
    names = code.co_varnames  # parameters first, then the other local variables
    n_positional = code.co_argcount  # positional-only + positional-or-keyword
    n_kwonly = code.co_kwonlyargcount
    positional = names[:n_positional]
    by_keyword = set(positional[code.co_posonlyargcount:])  # may be passed by keyword
    kwonly = names[n_positional:n_positional + n_kwonly]
    by_keyword.update(kwonly)
    index = n_positional + n_kwonly
    varargs = varkw = None
    if code.co_flags & CO_VARARGS:
        varargs = names[index]
        index += 1
    if code.co_flags & CO_VARKEYWORDS:
        varkw = names[index]

    defaults = func.__defaults__ or ()
    default_for = dict(zip(positional[n_positional - len(defaults):], defaults))
    default_for.update(func.__kwdefaults__ or {})

    if len(args) > n_positional and varargs is None:
        raise TypeError(
            f"{func.__name__}() takes {n_positional} positional arguments but {len(args)} were given"
        )
    bound = dict(zip(positional, args))
    extra_keywords = {}
    for key, value in kwargs.items():
        if key in by_keyword:
            if key in bound:
                raise TypeError(f"{func.__name__}() got multiple values for argument {key!r}")
            bound[key] = value
        elif varkw is not None:
            extra_keywords[key] = value
        else:
            raise TypeError(f"{func.__name__}() got an unexpected keyword argument {key!r}")

    missing = []
    for name in positional + kwonly:
        if name not in bound:
            if name in default_for:
                bound[name] = default_for[name]
            else:
                missing.append(name)
    if missing:
        raise TypeError(f"{func.__name__}() missing required arguments: {', '.join(missing)}")

    # The parameters in the order of the def: *args comes before keyword-only ones.
    result = {name: bound[name] for name in positional}
    if varargs is not None:
        result[varargs] = list(args[n_positional:])
    for name in kwonly:
        result[name] = bound[name]
    if varkw is not None:
        result[varkw] = extra_keywords
    return result
