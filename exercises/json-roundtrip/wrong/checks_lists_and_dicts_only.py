# expect: wrong_answer
# Rejects set elements that are lists or dicts by checking their types, but
# forgets that a decoded set is unhashable too: a set tag inside a set tag
# lets TypeError escape instead of ValueError.
import json
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

# Tag name -> function that rebuilds the value from the tag's "value".
_TEXT_TYPES = {
    "datetime": datetime.fromisoformat,
    "date": date.fromisoformat,
    "decimal": Decimal,
}
_LIST_TYPES = {"set": set, "frozenset": frozenset}


def _tag(kind, value):
    return {"__type__": kind, "value": value}


def _default(obj):
    # datetime is a subclass of date: test it first.
    if isinstance(obj, datetime):
        return _tag("datetime", obj.isoformat())
    if isinstance(obj, date):
        return _tag("date", obj.isoformat())
    if isinstance(obj, Decimal):
        return _tag("decimal", str(obj))
    if isinstance(obj, set):
        return _tag("set", list(obj))
    if isinstance(obj, frozenset):
        return _tag("frozenset", list(obj))
    raise TypeError(f"Object of type {type(obj).__name__} is not JSON serializable")


def _object_hook(obj):
    if "__type__" not in obj:
        return obj
    if set(obj) != {"__type__", "value"}:
        raise ValueError(f"a tag has exactly the keys __type__ and value: {obj!r}")
    kind, value = obj["__type__"], obj["value"]
    if not isinstance(kind, str):
        raise ValueError(f"unknown tag {kind!r}")
    if kind in _TEXT_TYPES:
        if not isinstance(value, str):
            raise ValueError(f"the value of a {kind} tag must be a string")
        try:
            return _TEXT_TYPES[kind](value)
        except (ValueError, InvalidOperation) as error:
            raise ValueError(f"bad {kind} value {value!r}") from error
    if kind in _LIST_TYPES:
        if not isinstance(value, list):
            raise ValueError(f"the value of a {kind} tag must be a list")
        if any(isinstance(element, (list, dict)) for element in value):
            raise ValueError(f"bad {kind} value {value!r}")
        return _LIST_TYPES[kind](value)
    raise ValueError(f"unknown tag {kind!r}")


def dumps(obj) -> str:
    return json.dumps(obj, default=_default)


def loads(text: str):
    return json.loads(text, object_hook=_object_hook)
