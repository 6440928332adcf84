"""Listeners on 127.0.0.1, a unix socket path and an abstract socket that a
hostile scenario may try to reach: any contact is evidence of escape."""
import os
import re
import shutil
import socket
import tempfile
import threading
import time

from containment.harness import RUN_TOKEN


# ----- listeners a hostile scenario may try to reach ---------------------------------

class Listeners:
    """A TCP and a UDP socket on 127.0.0.1, a unix socket by path, an abstract unix socket.

    Each records what reaches it, bounded: at most 100 contacts, 256 bytes each,
    a 1 s read timeout per connection. A contact is attributed to the scenario
    its payload names ("ESCAPED <scenario>"), else to the scenario that targets
    that listener.
    """
    OWNERS = {"tcp": "tcp_localhost", "udp": "udp_localhost", "unix": "unix_socket_connect",
              "abstract": "unix_abstract_connect"}
    MAX_CONTACTS = 100

    def __init__(self):
        self.contacts = []  # (listener, scenario, payload)
        self._lock = threading.Lock()
        self._stop = threading.Event()
        # Reachable for uid 65534 as far as file permissions go: only the sandbox may say no.
        self.unix_dir = tempfile.mkdtemp(prefix="pyjudge-e2e-unix-")
        os.chmod(self.unix_dir, 0o711)
        self.unix_path = os.path.join(self.unix_dir, "listener.sock")
        self.abstract_name = "pyjudge-e2e-%s" % RUN_TOKEN
        self.sockets = {}
        tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        tcp.bind(("127.0.0.1", 0))
        tcp.listen(16)
        udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        udp.bind(("127.0.0.1", 0))
        unix = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        unix.bind(self.unix_path)
        os.chmod(self.unix_path, 0o777)
        unix.listen(16)
        abstract = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        abstract.bind("\0" + self.abstract_name)
        abstract.listen(16)
        self.sockets = {"tcp": tcp, "udp": udp, "unix": unix, "abstract": abstract}
        self.tcp_port = tcp.getsockname()[1]
        self.udp_port = udp.getsockname()[1]
        self._threads = []
        for kind, sock in self.sockets.items():
            sock.settimeout(0.1)
            thread = threading.Thread(target=self._serve, args=(kind, sock), daemon=True)
            thread.start()
            self._threads.append(thread)

    def _record(self, kind, payload):
        match = re.match(rb"ESCAPED (\w+)", payload)
        scenario = match.group(1).decode() if match else self.OWNERS[kind]
        with self._lock:
            if len(self.contacts) < self.MAX_CONTACTS:
                self.contacts.append((kind, scenario, payload[:256]))

    def _serve(self, kind, sock):
        while not self._stop.is_set():
            try:
                if kind == "udp":
                    payload, _ = sock.recvfrom(256)
                    self._record(kind, payload)
                    continue
                conn, _ = sock.accept()
            except (socket.timeout, BlockingIOError):
                continue
            except OSError:
                return
            with conn:
                conn.settimeout(1)
                try:
                    payload = conn.recv(256)
                except OSError:
                    payload = b""
            self._record(kind, payload)

    def self_test(self):
        """Contacts each listener once, as a hostile scenario would, so that silence means something."""
        payload = b"ESCAPED listener_self_test\n"
        with socket.create_connection(("127.0.0.1", self.tcp_port), timeout=2) as s:
            s.sendall(payload)
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.sendto(payload, ("127.0.0.1", self.udp_port))
        for address in (self.unix_path, "\0" + self.abstract_name):
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
                s.settimeout(2)
                s.connect(address)
                s.sendall(payload)
        deadline = time.monotonic() + 5
        while len(self.contacts_of("listener_self_test")) < 4 and time.monotonic() < deadline:
            time.sleep(0.02)

    def contacts_of(self, scenario):
        with self._lock:
            return [c for c in self.contacts if c[1] == scenario]

    def close(self):
        time.sleep(0.2)  # a contact in flight still gets recorded
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=2)
        for sock in self.sockets.values():
            sock.close()
        shutil.rmtree(self.unix_dir, ignore_errors=True)
