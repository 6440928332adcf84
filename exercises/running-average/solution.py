def averager():
    """Coroutine: send numbers, receive the running average (a float).
    Priming with next() yields None; sending None adds nothing."""
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            continue
        total += value
        count += 1
        average = total / count
