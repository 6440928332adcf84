# expect: wrong_answer
# Leaves a note on the correct implementation's run and fails whenever an
# earlier run's note is found: it would "kill" every mutant without testing
# any behaviour, if runs could pass notes. The judge wipes the scratch dir
# between implementations and runs them one at a time, so no note survives:
# it passes everywhere and kills nothing.
import io

from clamp import clamp

PLACES = ["note", "../note", "../../note", "../test-0/note"]


def test_leaves_and_reads_notes():
    for place in PLACES:
        try:
            with io.FileIO(place, "r"):
                raise AssertionError("a note from an earlier run: " + place)
        except OSError:
            pass
    io.FileIO("note", "w").close()  # in its own folder: this must work, or the test proves nothing
    for place in PLACES[1:]:
        try:
            io.FileIO(place, "w").close()
        except OSError:
            pass
    assert clamp(5, 0, 10) == 5
