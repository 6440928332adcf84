from slugify import slugify


def expect_value_error(text, max_length):
    try:
        slugify(text, max_length=max_length)
    except ValueError:
        return
    raise AssertionError(f"no ValueError for max_length={max_length!r}")


def test_words_are_lower_cased_and_joined_by_dashes():
    assert slugify("Hello World") == "hello-world"
    assert slugify("Python 3 Tips") == "python-3-tips"


def test_runs_of_separators_become_one_dash():
    assert slugify("Hello,   World!") == "hello-world"
    assert slugify("a__b--c .. d") == "a-b-c-d"
    assert slugify("C++ & C#") == "c-c"


def test_leading_and_trailing_separators_are_stripped():
    assert slugify("  Hello World  ") == "hello-world"
    assert slugify("--- (draft) ---") == "draft"
    assert slugify("!!!") == ""
    assert slugify("") == ""


def test_accented_letters_lose_their_accents():
    assert slugify("Café au lait") == "cafe-au-lait"
    assert slugify("Naïve Señor") == "naive-senor"
    assert slugify("ÀÉÎÕÜ") == "aeiou"


def test_compatibility_characters_are_decomposed():
    assert slugify("ﬁle x²") == "file-x2"


def test_characters_without_an_ascii_form_are_dropped():
    assert slugify("Straße") == "strae"
    assert slugify("Привет, мир") == ""
    assert slugify("日本 Tokyo") == "tokyo"


def test_no_limit_by_default():
    text = "word " * 50
    assert slugify(text) == "-".join(["word"] * 50)
    assert slugify(text, max_length=None) == slugify(text)


def test_short_slug_is_not_cut():
    assert slugify("Hello World", max_length=11) == "hello-world"
    assert slugify("Hello World", max_length=50) == "hello-world"


def test_cut_keeps_exactly_max_length_characters():
    assert slugify("Hello World", max_length=7) == "hello-w"
    assert slugify("abcdef", max_length=3) == "abc"
    assert slugify("abcdef", max_length=1) == "a"


def test_cut_that_ends_on_a_dash_drops_it():
    assert slugify("Hello World", max_length=6) == "hello"
    assert slugify("ab cd ef", max_length=6) == "ab-cd"


def test_max_length_below_one_is_refused():
    expect_value_error("Hello", 0)
    expect_value_error("Hello", -5)
    expect_value_error("", 0)
