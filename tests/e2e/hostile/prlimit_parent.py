# Lowers its supervisor's fd limit with prlimit. The import gate refuses
# `import resource`, so this reaches it through eval (a frame the gate does not
# guard) to test the layer beneath: the submission's seccomp filter allows
# prlimit64 for the supervisor, the test's own filter only on the test itself
# (pid 0): EPERM.
import os


def run():
    resource = eval("__import__('resource')")
    print("SENTINEL prlimit_parent", flush=True)
    resource.prlimit(os.getppid(), resource.RLIMIT_NOFILE, (4, 4))
    return 42
