# Writes plausible result frames and random bytes to every low fd, then returns
# a wrong answer. None of it may turn into a pass.
import os
import random
import struct


def forged():
    rng = random.Random(1234)
    yield struct.pack("<I", 5) + b"R...."
    yield struct.pack("<I", 6) + b"\x01\x01\x00\x00\x00I"
    # A complete-looking frame that observes 42 and raises nothing.
    body = b"\x01" + struct.pack("<I", 1) + b"I" + struct.pack("<I", 1) + b"\x2a" + b"\x00"
    yield struct.pack("<I", len(body)) + body
    yield bytes(rng.randrange(256) for _ in range(512))


def run():
    print("SENTINEL forged_frames", flush=True)
    for fd in range(21):
        for chunk in forged():
            try:
                os.write(fd, chunk)
            except OSError:
                pass
    return 41
