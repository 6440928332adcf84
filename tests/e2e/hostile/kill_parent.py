# Kills the process that supervises this test, then lingers for a bounded time.
# It leaves its pid in the folder that holds its scratch dir (the TMPDIR the
# test harness gave pyjudge), so the harness can tell whether it outlived the check.
import os
import signal
import time


def run():
    marker = os.path.join(os.path.dirname(os.getcwd()), "probe-marker-kill_parent-%d" % os.getpid())
    with open(marker, "w") as f:
        f.write(str(os.getpid()))
    print("SENTINEL kill_parent", flush=True)
    os.kill(os.getppid(), signal.SIGKILL)
    time.sleep(20)
    return 42
