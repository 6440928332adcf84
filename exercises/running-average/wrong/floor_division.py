# expect: wrong_answer
# Uses // and gets an int average, rounded down.
def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            continue
        total += value
        count += 1
        average = total // count
