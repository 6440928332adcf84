# expect: wrong_answer
# emit() walks the live list of references while callbacks change it: a
# subscriber that unsubscribes itself makes the next one be skipped, and one
# subscribed during emit() is called at once.
import weakref


class Event:
    def __init__(self) -> None:
        self._refs = []

    @staticmethod
    def _ref(callback):
        if hasattr(callback, "__self__") and hasattr(callback, "__func__"):
            return weakref.WeakMethod(callback)
        return weakref.ref(callback)

    def _index(self, callback):
        for index, ref in enumerate(self._refs):
            if ref() is not None and ref() == callback:
                return index
        return None

    def subscribe(self, callback) -> None:
        if self._index(callback) is None:
            self._refs.append(self._ref(callback))

    def unsubscribe(self, callback) -> None:
        index = self._index(callback)
        if index is None:
            raise ValueError("callback is not subscribed")
        del self._refs[index]

    def emit(self, *args, **kwargs) -> int:
        called = 0
        for ref in self._refs:
            callback = ref()
            if callback is not None:
                callback(*args, **kwargs)
                called += 1
        return called

    def __len__(self) -> int:
        return sum(1 for ref in self._refs if ref() is not None)
