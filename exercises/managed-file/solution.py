class ManagedFile:
    """Opens a file on entering a `with` block and always closes it on exit."""

    def __init__(self, path, mode="r", encoding="utf-8"):
        self.path = path
        self.mode = mode
        self.encoding = encoding
        self._file = None

    def __enter__(self):
        if "b" in self.mode:
            self._file = open(self.path, self.mode)
        else:
            self._file = open(self.path, self.mode, encoding=self.encoding)
        return self._file

    def __exit__(self, exc_type, exc_value, traceback):
        self._file.close()
        return False  # never suppress an exception from the block
