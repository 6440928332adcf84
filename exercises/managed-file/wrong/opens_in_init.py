# expect: wrong_answer
# Opens the file eagerly in the constructor: a missing file fails before the
# `with` starts, "w" mode creates the file early, and a second `with` block
# reuses an already closed file.
class ManagedFile:
    def __init__(self, path, mode="r", encoding="utf-8"):
        if "b" in mode:
            self.file = open(path, mode)
        else:
            self.file = open(path, mode, encoding=encoding)

    def __enter__(self):
        return self.file

    def __exit__(self, exc_type, exc_value, traceback):
        self.file.close()
