# expect: wrong_answer
# Assumes that ß is spelt out as "ss": the statement says it is dropped, so
# this test fails on the correct implementation and catches nothing.
from slugify import slugify


def test_separators():
    assert slugify("  Hello,   World!  ") == "hello-world"


def test_german():
    assert slugify("Straße") == "strasse"
