# expect: wrong_answer
# Right predictions, but written the way the REPL prints them (strings)
# instead of as values of the right type, and a list where a tuple is due.
ANSWERS = {
    "ex1": 3,
    "ex2": "ValueError",
    "ex3": [1, 2, 1, 2],
    "q1": "-4",
    "q2": "2",
    "q3": [-4, -1],
    "q4": [False, False, True, False, True, False, False, True, False],
    "q5": [True, False, True],
    "q6": ["default", "", {}, 4, 0],
    "q7": ["ababab", "33", ""],
    "q8": "TypeError",
    "q9": [[True, False], False, True, [1, 2, 3]],
}
