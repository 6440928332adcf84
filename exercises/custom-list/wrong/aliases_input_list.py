# expect: wrong_answer
# Keeps the list passed to the constructor instead of a copy of it, so the
# caller's list and the TypedList change together.
class TypedList:
    def __init__(self, item_type: type, items=()) -> None:
        if not isinstance(item_type, type):
            raise TypeError("item_type must be a type")
        self._type = item_type
        if isinstance(items, list):
            self._checked(items)
            self._items = items
        else:
            self._items = self._checked(items)

    @property
    def item_type(self):
        return self._type

    def _check(self, item):
        if not isinstance(item, self._type):
            raise TypeError(
                f"expected {self._type.__name__}, got {type(item).__name__}")
        return item

    def _checked(self, items):
        return [self._check(item) for item in items]

    def append(self, item) -> None:
        self._items.append(self._check(item))

    def __len__(self) -> int:
        return len(self._items)

    def _validate_index(self, index):
        if isinstance(index, slice):
            return
        if not isinstance(index, int):
            raise TypeError(
                f"indices must be integers or slices, not {type(index).__name__}")

    def __getitem__(self, index):
        self._validate_index(index)
        if isinstance(index, slice):
            return type(self)(self._type, self._items[index])
        return self._items[index]

    def __setitem__(self, index, value) -> None:
        self._validate_index(index)
        if isinstance(index, slice):
            self._items[index] = self._checked(value)
        else:
            self._check(value)
            self._items[index] = value

    def __delitem__(self, index) -> None:
        self._validate_index(index)
        del self._items[index]

    def __contains__(self, item) -> bool:
        return item in self._items

    def __iter__(self):
        return iter(self._items)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._type.__name__}, {self._items!r})"
