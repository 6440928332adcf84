# expect: wrong_answer
# Uses weakref.ref for every callback. A bound method is a temporary object, so
# a weak reference to it dies as soon as subscribe() returns: methods are never
# called, even though their objects are alive.
import weakref


class Event:
    """An event whose subscribers are held through weak references."""

    def __init__(self) -> None:
        self._refs = []  # weak references, in order of subscription

    @staticmethod
    def _ref(callback):
        return weakref.ref(callback)

    def _live(self) -> list:
        """Drop the references whose target is gone; return the live callbacks."""
        alive = []
        refs = []
        for ref in self._refs:
            callback = ref()
            if callback is not None:
                refs.append(ref)
                alive.append(callback)
        self._refs = refs
        return alive

    def subscribe(self, callback) -> None:
        if callback not in self._live():
            self._refs.append(self._ref(callback))

    def unsubscribe(self, callback) -> None:
        live = self._live()
        if callback not in live:
            raise ValueError("callback is not subscribed")
        del self._refs[live.index(callback)]

    def emit(self, *args, **kwargs) -> int:
        callbacks = self._live()  # a snapshot: changes made by callbacks apply next time
        for callback in callbacks:
            callback(*args, **kwargs)
        return len(callbacks)

    def __len__(self) -> int:
        return len(self._live())
