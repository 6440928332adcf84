# Connects to a unix socket the suite listens on by its path under /tmp (in a
# dir of mode 711, socket mode 777: only the sandbox can say no). A real host
# has such sockets too: the D-Bus system bus, journald, /dev/log, X11, resolved.
# AF_UNIX is allowed (asyncio needs socketpair), and Landlock does not restrict
# connecting to a path: this must still fail.
import socket


def run():
    print("SENTINEL unix_socket_connect", flush=True)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
        s.settimeout(1)
        s.connect("@@UNIX_SOCKET@@")
        s.sendall(b"ESCAPED unix_socket_connect\n")
    return 42
