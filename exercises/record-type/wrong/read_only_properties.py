# expect: wrong_answer
# Makes the fields read-only properties over a private tuple, but the
# instances still have a __dict__: new attributes can be added (p.z = 3)
# and the private tuple itself can be replaced.
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
        values = dict(zip(fields, args))
        for key, value in kwargs.items():
            if key not in fields:
                raise TypeError(f"unexpected keyword argument {key!r}")
            if key in values:
                raise TypeError(f"multiple values for {key!r}")
            values[key] = value
        for field in fields:
            if field not in values:
                if field not in default_for:
                    raise TypeError(f"missing argument {field!r}")
                values[field] = default_for[field]
        self._values = tuple(values[field] for field in fields)

    def __repr__(self):
        inner = ", ".join(f"{field}={value!r}" for field, value in zip(fields, self._values))
        return f"{name}({inner})"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self._values == other._values

    def __hash__(self):
        return hash(self._values)

    def _replace(self, /, **changes):
        unknown = set(changes) - set(fields)
        if unknown:
            raise ValueError(f"unknown fields {unknown!r}")
        return type(self)(**{**self._asdict(), **changes})

    def _asdict(self):
        return dict(zip(fields, self._values))

    namespace = {
        "_fields": fields,
        "__init__": __init__,
        "__repr__": __repr__,
        "__eq__": __eq__,
        "__hash__": __hash__,
        "__iter__": lambda self: iter(self._values),
        "__len__": lambda self: len(self._values),
        "_replace": _replace,
        "_asdict": _asdict,
    }
    for index, field in enumerate(fields):
        namespace[field] = property(lambda self, index=index: self._values[index])
    return type(name, (), namespace)
