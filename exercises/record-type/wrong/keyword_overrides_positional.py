# expect: wrong_answer
# Lets a keyword silently overwrite a field already given by position
# instead of raising TypeError for multiple values.
import keyword


def _check_name(kind, name):
    if not isinstance(name, str) or not name.isidentifier() or keyword.iskeyword(name):
        raise ValueError(f"{kind} must be an identifier that is not a keyword: {name!r}")


def record(name, fields, defaults=()):
    """Create an immutable record class called `name` with the given fields."""
    _check_name("a record name", name)
    if isinstance(fields, str):
        fields = fields.replace(",", " ").split()
    fields = tuple(fields)
    for field in fields:
        _check_name("a field name", field)
        if field.startswith("_"):
            raise ValueError(f"a field name cannot start with an underscore: {field!r}")
    if len(set(fields)) != len(fields):
        raise ValueError(f"duplicate field names in {fields!r}")
    defaults = tuple(defaults)
    if len(defaults) > len(fields):
        raise ValueError("more defaults than fields")
    default_for = dict(zip(fields[len(fields) - len(defaults):], defaults))
    field_set = frozenset(fields)

    # `self` is positional-only so that a field may be called "self" too.
    def __init__(self, /, *args, **kwargs):
        if len(args) > len(fields):
            raise TypeError(f"{name}() takes {len(fields)} positional arguments but {len(args)} were given")
        values = dict(zip(fields, args))
        for key, value in kwargs.items():
            if key not in field_set:
                raise TypeError(f"{name}() got an unexpected keyword argument {key!r}")
            values[key] = value
        for field in fields:
            if field not in values:
                if field not in default_for:
                    raise TypeError(f"{name}() missing required argument {field!r}")
                values[field] = default_for[field]
        for field in fields:
            object.__setattr__(self, field, values[field])

    def _values(self):
        return tuple(getattr(self, field) for field in fields)

    def __setattr__(self, attr, value):
        raise AttributeError(f"{name} is immutable: cannot set {attr!r}")

    def __delattr__(self, attr):
        raise AttributeError(f"{name} is immutable: cannot delete {attr!r}")

    def __repr__(self):
        inner = ", ".join(f"{field}={getattr(self, field)!r}" for field in fields)
        return f"{name}({inner})"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return _values(self) == _values(other)

    def __hash__(self):
        return hash(_values(self))

    def __iter__(self):
        return iter(_values(self))

    def __len__(self):
        return len(fields)

    def _replace(self, /, **changes):
        unknown = [key for key in changes if key not in field_set]
        if unknown:
            raise ValueError(f"{name} has no fields {unknown!r}")
        return type(self)(**{**self._asdict(), **changes})

    def _asdict(self):
        return {field: getattr(self, field) for field in fields}

    namespace = {
        "__slots__": fields,
        "_fields": fields,
        "__init__": __init__,
        "__setattr__": __setattr__,
        "__delattr__": __delattr__,
        "__repr__": __repr__,
        "__eq__": __eq__,
        "__hash__": __hash__,
        "__iter__": __iter__,
        "__len__": __len__,
        "_replace": _replace,
        "_asdict": _asdict,
    }
    return type(name, (), namespace)
