# Connects to an abstract unix socket the suite listens on (no file: a name in
# the network namespace). The sandbox's network namespace and Landlock's
# scoping (ABI 6+) keep it out of reach.
import socket


def run():
    print("SENTINEL unix_abstract_connect", flush=True)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
        s.settimeout(1)
        s.connect("\0@@UNIX_ABSTRACT@@")
        s.sendall(b"ESCAPED unix_abstract_connect\n")
    return 42
