# expect: runtime_error
# A bare `except:` around the yield, meant to skip values that are not
# numbers, also catches the GeneratorExit that close() throws in, so the
# generator keeps running and close() raises RuntimeError.
def averager():
    total = 0
    count = 0
    average = None
    while True:
        try:
            value = yield average
            if value is None:
                continue
            total += value
            count += 1
            average = total / count
        except:
            continue
