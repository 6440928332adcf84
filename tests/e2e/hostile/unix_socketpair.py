# Not an attack: an AF_UNIX socketpair must work (asyncio's self-pipe is one).
import socket


def run():
    a, b = socket.socketpair()
    with a, b:
        print("SENTINEL unix_socketpair", flush=True)
        a.sendall(b"\x2a")
        return b.recv(1)[0]
