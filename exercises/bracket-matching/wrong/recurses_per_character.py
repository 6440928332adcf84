# expect: runtime_error
# A correct scan written as a recursive function that handles one
# character per call: any text longer than about 1000 characters raises
# RecursionError.
PAIRS = {")": "(", "]": "[", "}": "{"}


def first_bracket_error(text: str) -> int:
    return _scan(text, 0, [])


def _scan(text, index, stack):
    if index == len(text):
        return stack[0] if stack else -1
    char = text[index]
    if char in "([{":
        stack.append(index)
    elif char in PAIRS:
        if not stack or text[stack[-1]] != PAIRS[char]:
            return index
        stack.pop()
    return _scan(text, index + 1, stack)
