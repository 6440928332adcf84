# expect: wrong_answer
# Accepts `encoding` but never passes it to open(), so the default (UTF-8)
# is used instead: a file written as latin-1 or UTF-16 reads back wrong.
class ManagedFile:
    def __init__(self, path, mode="r", encoding="utf-8"):
        self.path = path
        self.mode = mode
        self.encoding = encoding

    def __enter__(self):
        self.file = open(self.path, self.mode)
        return self.file

    def __exit__(self, exc_type, exc_value, traceback):
        self.file.close()
