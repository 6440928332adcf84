# expect: wrong_answer
# Lower-cases the text before counting, so "Yes" and "yes" are counted as one
# word although the statement says case is kept.
def append_to(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target


def count_words(text, counts=None):
    if counts is None:
        counts = {}
    for word in text.lower().split():
        counts[word] = counts.get(word, 0) + 1
    return counts


class Team:
    def __init__(self, name, members=None):
        self.name = name
        self.members = [] if members is None else list(members)

    def add(self, member):
        self.members.append(member)
