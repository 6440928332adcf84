# expect: runtime_error
# Computes a fixed block of 20000 terms up front and stops after it.
def fibonacci():
    terms = [0, 1]
    while len(terms) < 20000:
        terms.append(terms[-1] + terms[-2])
    for term in terms:
        yield term
