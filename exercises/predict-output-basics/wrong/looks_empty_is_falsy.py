# expect: wrong_answer
# Thinks a string of a space, the string "0" and a list holding 0 are falsy
# because they "look empty" or "look like zero".
ANSWERS = {
    "ex1": 3,
    "ex2": "ValueError",
    "ex3": [1, 2, 1, 2],
    "q1": -4,
    "q2": 2,
    "q3": (-4, -1),
    "q4": [False, False, False, False, False, False, False, False, False],
    "q5": [True, False, True],
    "q6": ["default", "", {}, 4, 0],
    "q7": ["ababab", "33", ""],
    "q8": "TypeError",
    "q9": ((True, False), False, True, [1, 2, 3]),
}
