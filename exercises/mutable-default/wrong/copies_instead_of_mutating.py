# expect: wrong_answer
# Over-corrects: always builds a new list, so a list the caller passes in is
# never updated.
def append_to(item, target=None):
    if target is None:
        target = []
    return target + [item]


def count_words(text, counts=None):
    counts = dict(counts or {})
    for word in text.split():
        counts[word] = counts.get(word, 0) + 1
    return counts


class Team:
    def __init__(self, name, members=None):
        self.name = name
        self.members = [] if members is None else list(members)

    def add(self, member):
        self.members.append(member)
