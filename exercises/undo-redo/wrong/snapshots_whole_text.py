# expect: memory_limit_exceeded
# Memento instead of commands: every edit saves a copy of the whole text.
# Right answers, but 1 500 copies of a 100 000-character text take 150 MB.
class Editor:
    def __init__(self, text: str = "") -> None:
        self.text = text
        self._undo = []  # texts before each edit
        self._redo = []  # texts before each undo

    def _change(self, new_text: str) -> None:
        if new_text != self.text:
            self._undo.append(self.text)
            self._redo.clear()
            self.text = new_text

    def insert(self, index: int, piece: str) -> None:
        if not 0 <= index <= len(self.text):
            raise IndexError(f"insert index {index} out of range")
        self._change(self.text[:index] + piece + self.text[index:])

    def delete(self, index: int, count: int) -> str:
        if index < 0 or count < 0 or index + count > len(self.text):
            raise IndexError(f"cannot delete {count} characters at {index}")
        removed = self.text[index:index + count]
        self._change(self.text[:index] + self.text[index + count:])
        return removed

    def undo(self) -> bool:
        if not self._undo:
            return False
        self._redo.append(self.text)
        self.text = self._undo.pop()
        return True

    def redo(self) -> bool:
        if not self._redo:
            return False
        self._undo.append(self.text)
        self.text = self._redo.pop()
        return True
