# Runs a program the usual way. Python's subprocess blocks every signal around
# vfork(), so this also checks that a trapped call made with SIGSYS blocked is
# still reported as sandbox_violation naming the call.
import subprocess


def run():
    print("SENTINEL subprocess_run", flush=True)
    subprocess.run(["/bin/true"])
    return 42
