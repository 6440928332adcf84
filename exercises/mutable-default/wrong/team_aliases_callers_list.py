# expect: wrong_answer
# Stores the caller's list itself instead of a copy, so the team and the
# caller change each other's list.
def append_to(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target


def count_words(text, counts=None):
    if counts is None:
        counts = {}
    for word in text.split():
        counts[word] = counts.get(word, 0) + 1
    return counts


class Team:
    def __init__(self, name, members=None):
        self.name = name
        self.members = members if members is not None else []

    def add(self, member):
        self.members.append(member)
