# expect: wrong_answer
# Starts with average = 0.0, so priming (and send(None) before any number)
# yields 0.0 instead of None.
def averager():
    total = 0
    count = 0
    average = 0.0
    while True:
        value = yield average
        if value is None:
            continue
        total += value
        count += 1
        average = total / count
