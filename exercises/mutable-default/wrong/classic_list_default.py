# expect: wrong_answer
# The classic bug: the default list is created once, when `def` runs, and
# every call without a target appends to that same list.
def append_to(item, target=[]):
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
        self.members = [] if members is None else list(members)

    def add(self, member):
        self.members.append(member)
