ANSWERS = {
    # Worked examples from the statement.
    "ex1": 3,
    "ex2": "ValueError",
    "ex3": [1, 2, 1, 2],
    # Floor division rounds towards minus infinity.
    "q1": -4,
    # The remainder takes the sign of the divisor.
    "q2": 2,
    # divmod(a, b) == (a // b, a % b).
    "q3": (-4, -1),
    # Only the empty/zero values are falsy; " ", [0] and "0" are not empty.
    "q4": [False, False, True, False, True, False, False, True, False],
    # a > b > c means (a > b) and (b > c); (3 > 2) > 1 is True > 1, i.e. 1 > 1.
    "q5": [True, False, True],
    # `or` returns the first truthy operand (or the last one), `and` the first
    # falsy operand (or the last one).
    "q6": ["default", "", {}, 4, 0],
    # str * int repeats; a count of zero or less gives "".
    "q7": ["ababab", "33", ""],
    # A sequence can only be repeated an int number of times.
    "q8": "TypeError",
    # == compares values, `is` identity; += extends the list in place, so
    # a and b still name the same (changed) list.
    "q9": ((True, False), False, True, [1, 2, 3]),
}
