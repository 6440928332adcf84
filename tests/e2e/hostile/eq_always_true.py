# A result that claims to equal anything. The judge must not call any of its
# methods: it reports the observation as an unsupported type.
import sys


class AlwaysEqual:
    def __eq__(self, other):
        print("MARKER eq called", file=sys.stderr, flush=True)
        return True

    def __ne__(self, other):
        print("MARKER ne called", file=sys.stderr, flush=True)
        return False

    def __hash__(self):
        print("MARKER hash called", file=sys.stderr, flush=True)
        return 42

    def __repr__(self):
        print("MARKER repr called", file=sys.stderr, flush=True)
        return "42"

    __str__ = __repr__


def run():
    print("SENTINEL eq_always_true", flush=True)
    return AlwaysEqual()
