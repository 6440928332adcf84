# expect: wrong_answer
# Builds the class on tuple, as namedtuple does: tuple's own __eq__ and
# __hash__ make Point(1, 2) equal to (1, 2) and to any other record class
# with the same values.
import keyword
import operator


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

    def __new__(cls, /, *args, **kwargs):
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
        return tuple.__new__(cls, [values[field] for field in fields])

    def __repr__(self):
        inner = ", ".join(f"{field}={value!r}" for field, value in zip(fields, self))
        return f"{name}({inner})"

    def _replace(self, /, **changes):
        unknown = set(changes) - set(fields)
        if unknown:
            raise ValueError(f"unknown fields {unknown!r}")
        return type(self)(**{**self._asdict(), **changes})

    def _asdict(self):
        return dict(zip(fields, self))

    namespace = {
        "__slots__": (),
        "_fields": fields,
        "__new__": __new__,
        "__repr__": __repr__,
        "_replace": _replace,
        "_asdict": _asdict,
    }
    for index, field in enumerate(fields):
        namespace[field] = property(operator.itemgetter(index))
    return type(name, (tuple,), namespace)
