# Burns CPU; the kernel's RLIMIT_CPU bounds it even if the supervisor did not.
def run():
    print("SENTINEL infinite_loop", flush=True)
    while True:
        pass
