def append_to(item, target=None):
    """Append `item` to `target` and return it; without a target, return a new list."""
    if target is None:
        target = []
    target.append(item)
    return target


def count_words(text, counts=None):
    """Add the whitespace-separated words of `text` to `counts` and return it."""
    if counts is None:
        counts = {}
    for word in text.split():
        counts[word] = counts.get(word, 0) + 1
    return counts


class Team:
    """A named team with its own list of members."""

    def __init__(self, name, members=None):
        self.name = name
        self.members = [] if members is None else list(members)

    def add(self, member):
        self.members.append(member)
