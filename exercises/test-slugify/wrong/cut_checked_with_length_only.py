# expect: wrong_answer
# Checks that the cut slug is short enough and has no dash at the end, never
# what it is: a slug cut one character too early passes.
from slugify import slugify


def test_separators_and_case():
    assert slugify("  Hello,   World!  ") == "hello-world"
    assert slugify("Naïve Straße") == "naive-strae"


def test_cut_slug_fits():
    for limit in range(1, 15):
        slug = slugify("Hello World Again", max_length=limit)
        assert len(slug) <= limit
        assert not slug.endswith("-")


def test_bad_max_length():
    for bad in (0, -3):
        try:
            slugify("x", max_length=bad)
        except ValueError:
            continue
        raise AssertionError(f"no ValueError for {bad}")
