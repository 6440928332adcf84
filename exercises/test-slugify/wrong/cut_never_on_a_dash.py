# expect: wrong_answer
# Every cut it tries falls inside a word, so a cut that leaves a dash at the
# end is never seen.
from slugify import slugify


def test_separators_and_case():
    assert slugify("  Hello,   World!  ") == "hello-world"
    assert slugify("Naïve Straße") == "naive-strae"


def test_cut():
    assert slugify("Hello World", max_length=7) == "hello-w"
    assert slugify("Hello World", max_length=3) == "hel"
    assert slugify("Hello World", max_length=20) == "hello-world"


def test_bad_max_length():
    for bad in (0, -3):
        try:
            slugify("x", max_length=bad)
        except ValueError:
            continue
        raise AssertionError(f"no ValueError for {bad}")
