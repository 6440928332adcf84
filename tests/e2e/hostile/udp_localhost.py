# Sends a tagged datagram to a UDP socket the suite binds on 127.0.0.1.
import socket

PORT = int("@@UDP_PORT@@")  # filled in by the suite


def run():
    print("SENTINEL udp_localhost", flush=True)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.sendto(b"ESCAPED udp_localhost\n", ("127.0.0.1", PORT))
    return 42
