# expect: rule_violation
# Wraps a dict, which the rules forbid.
class HashMap:
    def __init__(self) -> None:
        self._entries = dict()
        self.capacity = 8

    def put(self, key, value) -> None:
        self._entries[key] = value

    def get(self, key):
        return self._entries[key]

    def delete(self, key) -> None:
        del self._entries[key]

    def __contains__(self, key) -> bool:
        return key in self._entries

    def __len__(self) -> int:
        return len(self._entries)
