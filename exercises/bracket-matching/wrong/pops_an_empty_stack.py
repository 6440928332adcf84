# expect: runtime_error
# Pops the stack for every closing bracket without checking that something
# is open: a stray closing bracket raises IndexError.
PAIRS = {")": "(", "]": "[", "}": "{"}


def first_bracket_error(text: str) -> int:
    stack = []
    for index, char in enumerate(text):
        if char in "([{":
            stack.append(index)
        elif char in PAIRS:
            if text[stack.pop()] != PAIRS[char]:
                return index
    return stack[0] if stack else -1
