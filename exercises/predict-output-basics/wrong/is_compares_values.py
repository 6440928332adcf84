# expect: wrong_answer
# Treats `is` like `==` for equal lists, and thinks `b += [3]` builds a new
# list for b, leaving a unchanged.
ANSWERS = {
    "ex1": 3,
    "ex2": "ValueError",
    "ex3": [1, 2, 1, 2],
    "q1": -4,
    "q2": 2,
    "q3": (-4, -1),
    "q4": [False, False, True, False, True, False, False, True, False],
    "q5": [True, False, True],
    "q6": ["default", "", {}, 4, 0],
    "q7": ["ababab", "33", ""],
    "q8": "TypeError",
    "q9": ((True, True), True, False, [1, 2]),
}
