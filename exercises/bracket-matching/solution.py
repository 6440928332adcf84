OPENING = "([{"
MATCHING = {")": "(", "]": "[", "}": "{"}


def first_bracket_error(text: str) -> int:
    """Return the index of the first bracket error in text, or -1."""
    unclosed = []  # indices of the opening brackets not closed yet, innermost last
    for index, char in enumerate(text):
        if char in OPENING:
            unclosed.append(index)
        elif char in MATCHING:
            if not unclosed or text[unclosed[-1]] != MATCHING[char]:
                return index
            unclosed.pop()
    return unclosed[0] if unclosed else -1
