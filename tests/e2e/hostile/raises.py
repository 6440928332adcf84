# Raises from a known line; the traceback must point at it, in probe.py,
# and show no frame of the judge's own harness.
def helper():
    raise ValueError("boom")  # the line the traceback must name


def run():
    print("SENTINEL raises", flush=True)
    return helper()
