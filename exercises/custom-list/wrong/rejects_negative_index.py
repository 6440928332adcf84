# expect: runtime_error
# Checks `0 <= index < len(self)` by hand, so every negative index raises
# IndexError.
class TypedList:
    """A list that only holds instances of one type; slices stay typed."""

    def __init__(self, item_type: type, items=()) -> None:
        if not isinstance(item_type, type):
            raise TypeError(f"item_type must be a class, got {item_type!r}")
        self._item_type = item_type
        self._items = [self._check(item) for item in items]

    @property
    def item_type(self) -> type:
        return self._item_type

    def _check(self, item):
        if not isinstance(item, self._item_type):
            raise TypeError(
                f"expected {self._item_type.__name__}, got {type(item).__name__}"
            )
        return item

    def append(self, item) -> None:
        self._items.append(self._check(item))

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return type(self)(self._item_type, self._items[index])
        return self._items[self._position(index)]

    def _position(self, index):
        if not 0 <= index < len(self._items):
            raise IndexError("list index out of range")
        return index

    def __setitem__(self, index, value) -> None:
        if isinstance(index, slice):
            # Check every new item before touching the list.
            self._items[index] = [self._check(item) for item in value]
        else:
            self._items[self._position(index)] = self._check(value)

    def __delitem__(self, index) -> None:
        if isinstance(index, slice):
            del self._items[index]
        else:
            del self._items[self._position(index)]

    def __contains__(self, item) -> bool:
        return item in self._items

    def __iter__(self):
        return iter(self._items)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._item_type.__name__}, {self._items!r})"
