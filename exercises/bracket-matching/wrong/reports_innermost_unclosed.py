# expect: wrong_answer
# At the end, reports the top of the stack, the innermost (rightmost)
# unclosed bracket, instead of the leftmost one.
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
    return stack[-1] if stack else -1
