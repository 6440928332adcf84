# expect: wrong_answer
# Assumes integer division truncates towards zero, as in C or Java: -7 // 2
# would be -3, and the remainder would take the sign of the dividend.
ANSWERS = {
    "ex1": 3,
    "ex2": "ValueError",
    "ex3": [1, 2, 1, 2],
    "q1": -3,
    "q2": -1,
    "q3": (-3, 1),
    "q4": [False, False, True, False, True, False, False, True, False],
    "q5": [True, False, True],
    "q6": ["default", "", {}, 4, 0],
    "q7": ["ababab", "33", ""],
    "q8": "TypeError",
    "q9": ((True, False), False, True, [1, 2, 3]),
}
