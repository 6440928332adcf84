# expect: wrong_answer
# Thinks finally only runs cleanup code: the return value of the try block
# and a propagating exception both survive a return in finally.
ANSWERS = {
    "ex1": "hello world",
    "ex2": "KeyError",
    "ex3": (3, [1, 2]),
    "q1": [2, 2, 2],
    "q2": ("from try", ["try", "finally"]),
    "q3": "ZeroDivisionError",
    "q4": ["D", "B", "C", "A", "X", "object"],
    "q5": ([3], [1, 2, 4]),
    "q6": (14, [], False),
    "q7": "TypeError",
    "q8": (1, [2, 3, 4]),
    "q9": (1, 1, 0, ["x", "y"]),
}
