# expect: wrong_answer
# Checks every closing bracket but forgets that opening brackets may be left
# open at the end: "((" is reported as balanced.
PAIRS = {")": "(", "]": "[", "}": "{"}


def first_bracket_error(text: str) -> int:
    stack = []
    for index, char in enumerate(text):
        if char in "([{":
            stack.append(index)
        elif char in PAIRS:
            if not stack or text[stack[-1]] != PAIRS[char]:
                return index
            stack.pop()
    return -1
