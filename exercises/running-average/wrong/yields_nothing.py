# expect: wrong_answer
# A bare `yield` receives the values but never hands the average back:
# every send() returns None.
def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield
        if value is None:
            continue
        total += value
        count += 1
        average = total / count
