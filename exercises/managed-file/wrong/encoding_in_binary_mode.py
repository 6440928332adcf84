# expect: runtime_error
# Always passes the encoding, but open() refuses an encoding in binary mode:
# ValueError("binary mode doesn't take an encoding argument").
class ManagedFile:
    def __init__(self, path, mode="r", encoding="utf-8"):
        self.path = path
        self.mode = mode
        self.encoding = encoding

    def __enter__(self):
        self.file = open(self.path, self.mode, encoding=self.encoding)
        return self.file

    def __exit__(self, exc_type, exc_value, traceback):
        self.file.close()
