# expect: runtime_error
# Does not special-case typing.Any: in Python 3.11 Any is a class, so it
# reaches isinstance(value, Any), which raises TypeError.
import dataclasses
import types
from typing import Any, Union, get_args, get_origin


def validate(value, hint) -> bool:
    """Return True if `value` matches the type hint `hint`."""
    if hint is None or hint is type(None):
        return value is None
    origin = get_origin(hint)
    if origin is Union or origin is types.UnionType:  # Union[...], Optional[...], X | Y
        return any(validate(value, member) for member in get_args(hint))
    if origin is list:
        (item_hint,) = get_args(hint)
        return isinstance(value, list) and all(validate(item, item_hint) for item in value)
    if origin is dict:
        key_hint, value_hint = get_args(hint)
        return isinstance(value, dict) and all(
            validate(key, key_hint) and validate(item, value_hint) for key, item in value.items()
        )
    if origin is tuple:
        if not isinstance(value, tuple):
            return False
        args = get_args(hint)
        if len(args) == 2 and args[1] is Ellipsis:  # tuple[X, ...]
            return all(validate(item, args[0]) for item in value)
        return len(value) == len(args) and all(validate(item, h) for item, h in zip(value, args))
    if origin is not None or not isinstance(hint, type):
        raise TypeError(f"unsupported type hint: {hint!r}")
    if hint is int:  # bool is a subclass of int, but not an int here
        return isinstance(value, int) and not isinstance(value, bool)
    if hint is float:  # an int is acceptable where a float is expected
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if dataclasses.is_dataclass(hint):
        return isinstance(value, hint) and all(
            validate(getattr(value, field.name), field.type) for field in dataclasses.fields(hint)
        )
    return isinstance(value, hint)
