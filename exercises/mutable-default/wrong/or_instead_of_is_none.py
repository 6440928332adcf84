# expect: wrong_answer
# `target or []` treats a given *empty* list like a missing one: the caller's
# list is replaced by a new list and never filled.
def append_to(item, target=None):
    target = target or []
    target.append(item)
    return target


def count_words(text, counts=None):
    counts = counts or {}
    for word in text.split():
        counts[word] = counts.get(word, 0) + 1
    return counts


class Team:
    def __init__(self, name, members=None):
        self.name = name
        self.members = list(members or [])

    def add(self, member):
        self.members.append(member)
