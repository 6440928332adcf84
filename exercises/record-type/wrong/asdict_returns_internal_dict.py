# expect: wrong_answer
# Keeps the values in a private dict and returns that very dict from
# _asdict(): the caller can change the "immutable" record through it.
import keyword


def record(name, fields, defaults=()):
    if not isinstance(name, str) or not name.isidentifier() or keyword.iskeyword(name):
        raise ValueError(f"bad record name {name!r}")
    if isinstance(fields, str):
        fields = fields.replace(",", " ").split()
    fields = tuple(fields)
    for field in fields:
        if not isinstance(field, str) or not field.isidentifier() or keyword.iskeyword(field):
            raise ValueError(f"bad field name {field!r}")
        if field.startswith("_"):
            raise ValueError(f"bad field name {field!r}")
    if len(set(fields)) != len(fields):
        raise ValueError("duplicate field names")
    defaults = tuple(defaults)
    if len(defaults) > len(fields):
        raise ValueError("more defaults than fields")
    default_for = dict(zip(fields[len(fields) - len(defaults):], defaults))

    def __init__(self, /, *args, **kwargs):
        if len(args) > len(fields):
            raise TypeError("too many positional arguments")
        data = dict(zip(fields, args))
        for key, value in kwargs.items():
            if key not in fields:
                raise TypeError(f"unexpected keyword argument {key!r}")
            if key in data:
                raise TypeError(f"multiple values for {key!r}")
            data[key] = value
        for field in fields:
            if field not in data:
                if field not in default_for:
                    raise TypeError(f"missing argument {field!r}")
                data[field] = default_for[field]
        object.__setattr__(self, "_data", {field: data[field] for field in fields})

    def __getattr__(self, attr):
        try:
            return self._data[attr]
        except KeyError:
            raise AttributeError(attr) from None

    def __setattr__(self, attr, value):
        raise AttributeError(f"{name} is immutable")

    def __delattr__(self, attr):
        raise AttributeError(f"{name} is immutable")

    def __repr__(self):
        inner = ", ".join(f"{field}={value!r}" for field, value in self._data.items())
        return f"{name}({inner})"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self._data == other._data

    def __hash__(self):
        return hash(tuple(self._data.values()))

    def _replace(self, /, **changes):
        unknown = set(changes) - set(fields)
        if unknown:
            raise ValueError(f"unknown fields {unknown!r}")
        return type(self)(**{**self._data, **changes})

    def _asdict(self):
        return self._data

    namespace = {
        "__slots__": ("_data",),
        "_fields": fields,
        "__init__": __init__,
        "__getattr__": __getattr__,
        "__setattr__": __setattr__,
        "__delattr__": __delattr__,
        "__repr__": __repr__,
        "__eq__": __eq__,
        "__hash__": __hash__,
        "__iter__": lambda self: iter(self._data.values()),
        "__len__": lambda self: len(self._data),
        "_replace": _replace,
        "_asdict": _asdict,
    }
    return type(name, (), namespace)
