# expect: runtime_error
# Takes only "rb" and "wb" for binary modes and passes an encoding to every
# other mode: open() refuses it for "xb", "ab" and "rb+" (ValueError).
class ManagedFile:
    def __init__(self, path, mode="r", encoding="utf-8"):
        self.path = path
        self.mode = mode
        self.encoding = encoding
        self.file = None

    def __enter__(self):
        if self.mode in ("rb", "wb"):
            self.file = open(self.path, self.mode)
        else:
            self.file = open(self.path, self.mode, encoding=self.encoding)
        return self.file

    def __exit__(self, exc_type, exc_value, traceback):
        if self.file is not None:
            self.file.close()
        return False
