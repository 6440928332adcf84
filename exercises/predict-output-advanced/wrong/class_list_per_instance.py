# expect: wrong_answer
# Thinks every instance gets its own copy of a list defined in the class
# body.
ANSWERS = {
    "ex1": "hello world",
    "ex2": "KeyError",
    "ex3": (3, [1, 2]),
    "q1": [2, 2, 2],
    "q2": ("from finally", ["try", "finally"]),
    "q3": "done",
    "q4": ["D", "B", "C", "A", "X", "object"],
    "q5": ([3], [1, 2, 4]),
    "q6": (14, [], False),
    "q7": "TypeError",
    "q8": (1, [2, 3, 4]),
    "q9": (1, 1, 0, ["x"]),
}
