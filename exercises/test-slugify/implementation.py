import unicodedata


def slugify(text, max_length=None):
    if max_length is not None and max_length < 1:
        raise ValueError(f"max_length must be at least 1, got {max_length}")
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = "".join(c if c.isalnum() else " " for c in ascii_text.lower()).split()
    slug = "-".join(words)
    if max_length is not None and len(slug) > max_length:
        slug = slug[:max_length].rstrip("-")
    return slug
