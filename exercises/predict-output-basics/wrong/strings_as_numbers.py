# expect: wrong_answer
# Expects "3" * 2 to do arithmetic, a negative repeat count to fail, and a
# float count to be accepted like an int.
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
    "q7": ["ababab", "6", "ValueError"],
    "q8": "abab",
    "q9": ((True, False), False, True, [1, 2, 3]),
}
