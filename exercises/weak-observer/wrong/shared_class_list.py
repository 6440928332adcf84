# expect: wrong_answer
# The list of references is a class attribute, shared by every Event, and it
# is modified in place, so all events have the same subscribers.
import weakref


class Event:
    _refs = []

    def __init__(self) -> None:
        pass

    @staticmethod
    def _ref(callback):
        if hasattr(callback, "__self__") and hasattr(callback, "__func__"):
            return weakref.WeakMethod(callback)
        return weakref.ref(callback)

    def _live(self) -> list:
        self._refs[:] = [ref for ref in self._refs if ref() is not None]
        return [ref() for ref in self._refs]

    def subscribe(self, callback) -> None:
        if callback not in self._live():
            self._refs.append(self._ref(callback))

    def unsubscribe(self, callback) -> None:
        live = self._live()
        if callback not in live:
            raise ValueError("callback is not subscribed")
        del self._refs[live.index(callback)]

    def emit(self, *args, **kwargs) -> int:
        callbacks = self._live()
        for callback in callbacks:
            callback(*args, **kwargs)
        return len(callbacks)

    def __len__(self) -> int:
        return len(self._live())
