# expect: runtime_error
# __enter__ returns the manager instead of the file object, so `f.write`,
# `f.read` and `f.closed` do not exist on what the block receives.
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
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self.file.close()
