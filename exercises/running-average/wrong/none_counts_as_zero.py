# expect: wrong_answer
# Papers over send(None) with `value or 0`: None is counted as a zero and
# drags the average down.
def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value or 0
        count += 1
        average = total / count
