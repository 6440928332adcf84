# expect: wrong_answer
# Treats every character that is not an opening bracket as a closing one:
# a letter with nothing open is reported as an error (and a letter inside
# brackets raises KeyError).
PAIRS = {")": "(", "]": "[", "}": "{"}


def first_bracket_error(text: str) -> int:
    stack = []
    for index, char in enumerate(text):
        if char in "([{":
            stack.append(index)
        elif not stack or text[stack[-1]] != PAIRS[char]:
            return index
        else:
            stack.pop()
    return stack[0] if stack else -1
