# expect: runtime_error
# Looks for the callback to remove with `is`. Every `obj.method` expression
# makes a new bound method object, so a method is never found and unsubscribe
# raises ValueError although it is subscribed.
import weakref


class Event:
    """An event whose subscribers are held through weak references."""

    def __init__(self) -> None:
        self._refs = []  # weak references, in order of subscription

    @staticmethod
    def _ref(callback):
        if hasattr(callback, "__self__") and hasattr(callback, "__func__"):
            # a bound method is a temporary object: reference its parts instead
            return weakref.WeakMethod(callback)
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
        for index, subscribed in enumerate(self._live()):
            if subscribed is callback:
                del self._refs[index]
                return
        raise ValueError("callback is not subscribed")

    def emit(self, *args, **kwargs) -> int:
        callbacks = self._live()  # a snapshot: changes made by callbacks apply next time
        for callback in callbacks:
            callback(*args, **kwargs)
        return len(callbacks)

    def __len__(self) -> int:
        return len(self._live())
