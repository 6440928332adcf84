# expect: wrong_answer
# dict(zip(...)) silently drops the extra keys or values instead of
# raising ValueError.
def unique(items):
    """Distinct values of `items` in the order they are first seen."""
    seen = set()
    result = []
    for item in items:
        if item not in seen:
            seen.add(item)
            result.append(item)
    return result


def zip_to_dict(keys, values):
    return dict(zip(keys, values))


def sort_by(records, field, reverse=False):
    """A new list of the records sorted (stably) by record[field]."""
    return sorted(records, key=lambda record: record[field], reverse=reverse)


def group_anagrams(words):
    """Groups of anagrams, in order of first appearance."""
    groups = {}
    for word in words:
        groups.setdefault("".join(sorted(word)), []).append(word)
    return list(groups.values())
