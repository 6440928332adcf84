# expect: wrong_answer
# Thorough, but checks the ValueError with a negative max_length only.
from slugify import slugify


def test_words_and_separators():
    assert slugify("Hello,   World!") == "hello-world"
    assert slugify("  --Hello__World--  ") == "hello-world"


def test_non_ascii():
    assert slugify("Naïve Café") == "naive-cafe"
    assert slugify("Straße") == "strae"


def test_cut():
    assert slugify("Hello World", max_length=7) == "hello-w"
    assert slugify("Hello World", max_length=6) == "hello"
    assert slugify("Hello World", max_length=11) == "hello-world"


def test_negative_max_length_is_refused():
    try:
        slugify("Hello", max_length=-1)
    except ValueError:
        return
    raise AssertionError("no ValueError")
