# expect: wrong_answer
# For a repeated key keeps the first value instead of the last.
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
    d = {}
    for k, v in zip(keys, values):
        d.setdefault(k, v)
    return d


def sort_by(records, field, reverse=False):
    for record in records:
        record[field]
    return sorted(records, key=lambda r: r[field], reverse=reverse)


def group_anagrams(words):
    groups = {}
    for word in words:
        groups.setdefault("".join(sorted(word)), []).append(word)
    return list(groups.values())
