# expect: runtime_error
# Treats everything it receives as a number: send(None) (or next() after
# priming) adds None to the total.
def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count
