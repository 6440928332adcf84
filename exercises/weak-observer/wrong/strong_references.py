# expect: wrong_answer
# Keeps the callbacks themselves in a list: strong references, so deleted
# objects and functions stay alive and keep being called.
class Event:
    def __init__(self) -> None:
        self._callbacks = []

    def subscribe(self, callback) -> None:
        if callback not in self._callbacks:
            self._callbacks.append(callback)

    def unsubscribe(self, callback) -> None:
        self._callbacks.remove(callback)  # ValueError when missing

    def emit(self, *args, **kwargs) -> int:
        callbacks = list(self._callbacks)
        for callback in callbacks:
            callback(*args, **kwargs)
        return len(callbacks)

    def __len__(self) -> int:
        return len(self._callbacks)
