# expect: wrong_answer
# Reads a > b > c as (a > b) > c, as C does: every chain compares a bool
# with a number.
ANSWERS = {
    "ex1": 3,
    "ex2": "ValueError",
    "ex3": [1, 2, 1, 2],
    "q1": -4,
    "q2": 2,
    "q3": (-4, -1),
    "q4": [False, False, True, False, True, False, False, True, False],
    "q5": [False, False, False],
    "q6": ["default", "", {}, 4, 0],
    "q7": ["ababab", "33", ""],
    "q8": "TypeError",
    "q9": ((True, False), False, True, [1, 2, 3]),
}
