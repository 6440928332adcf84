# expect: wrong_answer
# Thinks a generator expression can be iterated again from the start, like
# a list.
ANSWERS = {
    "ex1": "hello world",
    "ex2": "KeyError",
    "ex3": (3, [1, 2]),
    "q1": [2, 2, 2],
    "q2": ("from finally", ["try", "finally"]),
    "q3": "done",
    "q4": ["D", "B", "C", "A", "X", "object"],
    "q5": ([3], [1, 2, 4]),
    "q6": (14, [0, 1, 4, 9], True),
    "q7": "TypeError",
    "q8": (1, [2, 3, 4]),
    "q9": (1, 1, 0, ["x", "y"]),
}
