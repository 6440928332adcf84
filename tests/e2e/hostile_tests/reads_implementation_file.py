# expect: wrong_answer
# Looks for the implementation's source on disk, to compare it with what it
# should be: there is none in the sandbox (the implementation is in memory),
# so this test only checks one behaviour and kills no mutant that keeps it.
import io

from clamp import clamp


def test_no_source_on_disk():
    for place in ["clamp.py", "../clamp.py", "implementation.py", "mutants/swapped.py", "/tmp/clamp.py"]:
        try:
            with io.FileIO(place, "r") as f:
                raise AssertionError("read the implementation at " + place + ": " + repr(f.read(40)))
        except OSError:
            pass
    assert clamp(5, 0, 10) == 5
