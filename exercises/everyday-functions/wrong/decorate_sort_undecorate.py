# expect: runtime_error
# Sorts (value, record) pairs: two equal values make Python compare the
# dicts themselves, which raises TypeError.
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
    """A dict mapping keys[i] to values[i]; the lengths must match."""
    if len(keys) != len(values):
        raise ValueError(f"{len(keys)} keys but {len(values)} values")
    return dict(zip(keys, values))


def sort_by(records, field, reverse=False):
    """A new list of the records sorted (stably) by record[field]."""
    decorated = sorted(((record[field], record) for record in records), reverse=reverse)
    return [record for _, record in decorated]


def group_anagrams(words):
    """Groups of anagrams, in order of first appearance."""
    groups = {}
    for word in words:
        groups.setdefault("".join(sorted(word)), []).append(word)
    return list(groups.values())
