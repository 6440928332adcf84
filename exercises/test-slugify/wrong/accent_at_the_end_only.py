# expect: wrong_answer
# Non-ASCII is tried only with an accent on the last letter, where dropping
# it and turning it into a (stripped) dash give the same slug.
from slugify import slugify


def test_separators():
    assert slugify("  Hello,   World!  ") == "hello-world"


def test_accent():
    assert slugify("Café") == "cafe"
    assert slugify("Olé") == "ole"


def test_cut():
    assert slugify("Hello World", max_length=7) == "hello-w"
    assert slugify("Hello World", max_length=6) == "hello"


def test_bad_max_length():
    for bad in (0, -1):
        try:
            slugify("Hello", max_length=bad)
        except ValueError:
            continue
        raise AssertionError(f"no ValueError for {bad}")
