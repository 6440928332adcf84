ANSWERS = {
    # Worked examples from the statement.
    "ex1": "hello world",
    "ex2": "KeyError",
    "ex3": (3, [1, 2]),
    # The lambdas look `i` up when they are called, after the loop ended.
    "q1": [2, 2, 2],
    # A return in finally replaces the return value of the try block.
    "q2": ("from finally", ["try", "finally"]),
    # ... and discards an exception that is propagating.
    "q3": "done",
    # C3 linearisation: a class comes after all of its subclasses, and the
    # order of the bases is kept.
    "q4": ["D", "B", "C", "A", "X", "object"],
    # The default list is created once, when `def` runs.
    "q5": ([3], [1, 2, 4]),
    # A generator can be consumed only once.
    "q6": (14, [], False),
    # t[1] += [4] extends the list, then fails to assign into the tuple.
    "q7": "TypeError",
    "q8": (1, [2, 3, 4]),
    # self.count += 1 reads the class attribute and creates an instance
    # attribute; self.items.append mutates the one list of the class.
    "q9": (1, 1, 0, ["x", "y"]),
}
