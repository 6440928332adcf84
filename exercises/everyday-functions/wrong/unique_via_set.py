# expect: wrong_answer
# Uses list(set(items)): duplicates go, but so does the first-seen order.
def unique(items):
    return list(set(items))


def zip_to_dict(keys, values):
    """A dict mapping keys[i] to values[i]; the lengths must match."""
    if len(keys) != len(values):
        raise ValueError(f"{len(keys)} keys but {len(values)} values")
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
