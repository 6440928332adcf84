# expect: wrong_answer
# Only tidy input: lower-case ASCII words, one space between them, nothing
# around them.
from slugify import slugify


def test_two_words():
    assert slugify("hello world") == "hello-world"


def test_three_words_with_a_digit():
    assert slugify("python 3 tips") == "python-3-tips"


def test_long_slug_is_cut():
    assert slugify("hello world", max_length=7) == "hello-w"
    assert slugify("hello world", max_length=6) == "hello"


def test_zero_is_refused():
    try:
        slugify("hello", max_length=0)
    except ValueError:
        return
    raise AssertionError("no ValueError")
