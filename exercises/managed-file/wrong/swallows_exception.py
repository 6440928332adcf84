# expect: wrong_answer
# Returns True from __exit__ to "handle" errors: every exception raised in the
# block is silently suppressed.
class ManagedFile:
    def __init__(self, path, mode="r", encoding="utf-8"):
        self.path = path
        self.mode = mode
        self.encoding = encoding

    def __enter__(self):
        if "b" in self.mode:
            self.file = open(self.path, self.mode)
        else:
            self.file = open(self.path, self.mode, encoding=self.encoding)
        return self.file

    def __exit__(self, exc_type, exc_value, traceback):
        self.file.close()
        return True
