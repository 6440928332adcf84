# expect: wrong_answer
# Copies the input into a list first: correct windows, but not lazy. It reads
# the whole input before the first window and never finishes on count().
def windows(iterable, n):
    if n < 1:
        raise ValueError("n must be at least 1")
    items = list(iterable)
    return (tuple(items[i:i + n]) for i in range(len(items) - n + 1))
