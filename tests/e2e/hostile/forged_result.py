# Writes a well-formed result frame that observes 42 to the result fd (3), then
# ends the process before the runner can write the real one. Its real answer
# is 41: it must not be accepted.
import os
import struct


def run():
    body = b"\x01" + struct.pack("<I", 1) + b"I" + struct.pack("<I", 1) + b"\x2a" + b"\x00"
    print("SENTINEL forged_result", flush=True)
    os.write(3, struct.pack("<I", len(body)) + body)
    os._exit(0)
    return 41
