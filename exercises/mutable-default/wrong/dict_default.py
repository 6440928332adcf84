# expect: wrong_answer
# Fixes the list default but not the dict one: every call of count_words
# without `counts` adds to the same dict.
def append_to(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target


def count_words(text, counts={}):
    for word in text.split():
        counts[word] = counts.get(word, 0) + 1
    return counts


class Team:
    def __init__(self, name, members=None):
        self.name = name
        self.members = [] if members is None else list(members)

    def add(self, member):
        self.members.append(member)
