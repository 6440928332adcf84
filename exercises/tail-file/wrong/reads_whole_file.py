# expect: memory_limit_exceeded
# Correct answers, but reads the whole file into memory: on a file of many
# megabytes that costs far more memory than the last few lines need.
def tail(path: str, n: int) -> list:
    if n < 0:
        raise ValueError("n must not be negative")
    if n == 0:
        return []
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if not text:
        return []
    if text.endswith("\n"):
        text = text[:-1]
    return text.split("\n")[-n:]
