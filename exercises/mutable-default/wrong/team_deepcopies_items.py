# expect: wrong_answer
# Deep-copies the given members: the list is the team's own, as it must be,
# but its items are copies instead of the objects the caller passed.
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


import copy


class Team:
    def __init__(self, name, members=None):
        self.name = name
        self.members = [] if members is None else copy.deepcopy(list(members))

    def add(self, member):
        self.members.append(member)
