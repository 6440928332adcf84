# expect: wrong_answer
# Closes the file only when the block finished normally, leaking the open file
# whenever the block raises.
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
        if exc_type is None:
            self.file.close()
        return False
