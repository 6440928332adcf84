# expect: wrong_answer
# Groups anagrams by the sum of the character codes: "ad" and "bc" collide.
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
    for record in records:
        record[field]
    return sorted(records, key=lambda r: r[field], reverse=reverse)


def group_anagrams(words):
    groups = {}
    for word in words:
        groups.setdefault(sum(map(ord, word)), []).append(word)
    return list(groups.values())
