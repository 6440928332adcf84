# expect: wrong_answer
# __exit__ returns True when the block finished normally: with no exception
# nothing is suppressed, but the method must still return a falsy value.
class ManagedFile:
    def __init__(self, path, mode="r", encoding="utf-8"):
        self.path = path
        self.mode = mode
        self.encoding = encoding
        self.file = None

    def __enter__(self):
        if "b" in self.mode:
            self.file = open(self.path, self.mode)
        else:
            self.file = open(self.path, self.mode, encoding=self.encoding)
        return self.file

    def __exit__(self, exc_type, exc_value, traceback):
        self.file.close()
        return exc_type is None
