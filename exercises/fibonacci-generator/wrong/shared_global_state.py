# expect: wrong_answer
# The running pair lives in module globals, so every generator continues
# from wherever the previous one stopped instead of starting again from 0.
current, following = 0, 1


def fibonacci():
    global current, following
    while True:
        yield current
        current, following = following, current + following
