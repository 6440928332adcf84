# expect: runtime_error
# Pops from the stacks without checking them first: undo() or redo() with
# nothing to do raises IndexError from list.pop() instead of returning False.
class _Insert:
    """Command: insert `piece` at `index`. Undo deletes it again."""

    def __init__(self, index: int, piece: str) -> None:
        self.index = index
        self.piece = piece

    def apply(self, text: str) -> str:
        return text[:self.index] + self.piece + text[self.index:]

    def revert(self, text: str) -> str:
        return text[:self.index] + text[self.index + len(self.piece):]


class _Delete:
    """Command: delete `removed` (remembered when executed) at `index`."""

    def __init__(self, index: int, removed: str) -> None:
        self.index = index
        self.removed = removed

    def apply(self, text: str) -> str:
        return text[:self.index] + text[self.index + len(self.removed):]

    def revert(self, text: str) -> str:
        return text[:self.index] + self.removed + text[self.index:]


class Editor:
    """A text buffer with unlimited undo and redo, built on command objects."""

    def __init__(self, text: str = "") -> None:
        self._text = text
        self._undo = []  # commands done, most recent last
        self._redo = []  # commands undone, most recently undone last

    @property
    def text(self) -> str:
        return self._text

    def _execute(self, command) -> None:
        self._text = command.apply(self._text)
        self._undo.append(command)
        self._redo.clear()

    def insert(self, index: int, piece: str) -> None:
        if not 0 <= index <= len(self._text):
            raise IndexError(f"insert index {index} out of range")
        if piece:
            self._execute(_Insert(index, piece))

    def delete(self, index: int, count: int) -> str:
        if index < 0 or count < 0 or index + count > len(self._text):
            raise IndexError(f"cannot delete {count} characters at {index}")
        removed = self._text[index:index + count]
        if removed:
            self._execute(_Delete(index, removed))
        return removed

    def undo(self) -> bool:
        command = self._undo.pop()
        self._text = command.revert(self._text)
        self._redo.append(command)
        return True

    def redo(self) -> bool:
        command = self._redo.pop()
        self._text = command.apply(self._text)
        self._undo.append(command)
        return True
