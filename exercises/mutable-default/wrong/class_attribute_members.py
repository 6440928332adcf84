# expect: wrong_answer
# `members = []` in the class body is one list shared by every Team that was
# created without members.
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
    members = []

    def __init__(self, name, members=None):
        self.name = name
        if members is not None:
            self.members = list(members)

    def add(self, member):
        self.members.append(member)
