# Ignores SIGXCPU (the soft RLIMIT_CPU signal) and the usual termination
# signals, then spins. The supervisor measures and kills from outside.
import signal


def run():
    for sig in (signal.SIGXCPU, signal.SIGTERM, signal.SIGINT, signal.SIGALRM, signal.SIGVTALRM, signal.SIGPROF):
        signal.signal(sig, signal.SIG_IGN)
    print("SENTINEL ignore_sigxcpu", flush=True)
    while True:
        pass
