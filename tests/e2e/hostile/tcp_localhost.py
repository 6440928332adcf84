# Connects to a TCP listener the suite runs on 127.0.0.1 (port written into a
# copy of this file) and sends a tagged payload. seccomp traps non-AF_UNIX
# sockets, and the network namespace is not the host's anyway.
import socket

PORT = int("@@TCP_PORT@@")  # filled in by the suite


def run():
    print("SENTINEL tcp_localhost", flush=True)
    with socket.create_connection(("127.0.0.1", PORT), timeout=1) as s:
        s.sendall(b"ESCAPED tcp_localhost\n")
    return 42
