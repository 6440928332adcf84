# expect: wrong_answer
# Sorts records without the field last instead of raising KeyError.
def unique(items):
    seen = set()
    result = []
    for item in items:
        if item not in seen:
            seen.add(item)
            result.append(item)
    return result


def zip_to_dict(keys, values):
    if len(keys) != len(values):
        raise ValueError("keys and values have different lengths")
    return dict(zip(keys, values))


def sort_by(records, field, reverse=False):
    return sorted(records, key=lambda r: (field not in r, r.get(field)), reverse=reverse)


def group_anagrams(words):
    groups = {}
    for word in words:
        groups.setdefault("".join(sorted(word)), []).append(word)
    return list(groups.values())
