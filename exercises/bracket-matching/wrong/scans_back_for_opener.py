# expect: time_limit_exceeded
# No stack: for each closing bracket, walks back over the text to find the
# nearest opening bracket that is not matched yet. Correct, but O(n^2) on
# deeply nested brackets.
PAIRS = {")": "(", "]": "[", "}": "{"}


def first_bracket_error(text: str) -> int:
    matched = [False] * len(text)
    for index, char in enumerate(text):
        if char not in PAIRS:
            continue
        j = index - 1
        while j >= 0 and (matched[j] or text[j] not in "([{"):
            j -= 1
        if j < 0 or text[j] != PAIRS[char]:
            return index
        matched[j] = matched[index] = True
    for index, char in enumerate(text):
        if char in "([{" and not matched[index]:
            return index
    return -1
