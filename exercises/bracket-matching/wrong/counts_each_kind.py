# expect: wrong_answer
# Keeps a counter per kind of bracket instead of a stack: it notices a
# closing bracket with no open bracket of its kind, but not crossed pairs
# such as "([)]".
def first_bracket_error(text: str) -> int:
    kinds = {"(": "(", ")": "(", "[": "[", "]": "[", "{": "{", "}": "{"}
    depth = {"(": 0, "[": 0, "{": 0}
    first_open = {}
    for index, char in enumerate(text):
        if char not in kinds:
            continue
        kind = kinds[char]
        if char == kind:
            if depth[kind] == 0:
                first_open[kind] = index
            depth[kind] += 1
        else:
            depth[kind] -= 1
            if depth[kind] < 0:
                return index
    still_open = [first_open[kind] for kind in depth if depth[kind] > 0]
    return min(still_open) if still_open else -1
