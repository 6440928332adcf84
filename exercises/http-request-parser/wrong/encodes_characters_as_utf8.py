# expect: wrong_answer
# Turns each character that is not part of an escape back into bytes with
# UTF-8 instead of taking the byte it was decoded from: raw non-ASCII bytes
# in the path or the query come out garbled ("cafÃ©"), and a raw byte that
# is not valid UTF-8 is accepted.
HEX_DIGITS = "0123456789abcdefABCDEF"
VERSIONS = ("HTTP/1.0", "HTTP/1.1")


class Headers:
    """Header fields in the order they were sent, looked up case-insensitively."""

    def __init__(self, fields):
        self._fields = [(name.lower(), value) for name, value in fields]

    def get_all(self, name):
        key = name.lower()
        return [value for field, value in self._fields if field == key]

    def get(self, name, default=None):
        values = self.get_all(name)
        return values[0] if values else default

    def __getitem__(self, name):
        values = self.get_all(name)
        if not values:
            raise KeyError(name)
        return values[0]

    def __contains__(self, name):
        return bool(self.get_all(name))


class Request:
    def __init__(self, method, path, query, version, headers, body, rest):
        self.method = method
        self.path = path
        self.query = query
        self.version = version
        self.headers = headers
        self.body = body
        self.rest = rest


def _unquote(text, plus_is_space=False):
    """Percent-decode text and decode the bytes as UTF-8."""
    if plus_is_space:
        text = text.replace("+", " ")  # before %XX, so that %2B stays a plus
    raw = bytearray()
    i = 0
    while i < len(text):
        if text[i] == "%":
            digits = text[i + 1:i + 3]
            if len(digits) != 2 or any(c not in HEX_DIGITS for c in digits):
                raise ValueError(f"bad percent escape in {text!r}")
            raw.append(int(digits, 16))
            i += 3
        else:
            raw += text[i].encode()  # the character's UTF-8 bytes, not its own byte
            i += 1
    return raw.decode("utf-8")  # UnicodeDecodeError is a ValueError


def _parse_query(text):
    query = {}
    for piece in text.split("&"):
        if not piece:
            continue
        name, _, value = piece.partition("=")
        query.setdefault(_unquote(name, True), []).append(_unquote(value, True))
    return query


def _parse_request_line(line):
    parts = line.split(" ")
    if len(parts) != 3:
        raise ValueError(f"bad request line {line!r}")
    method, target, version = parts
    if not (method.isascii() and method.isalpha() and method.isupper()):
        raise ValueError(f"bad method {method!r}")
    if not target.startswith("/"):
        raise ValueError(f"bad request target {target!r}")
    if version not in VERSIONS:
        raise ValueError(f"unsupported version {version!r}")
    return method, target, version


def _parse_header(line):
    name, colon, value = line.partition(":")
    if not colon or not name or " " in name or "\t" in name:
        raise ValueError(f"bad header line {line!r}")
    return name, value.strip(" \t")


def parse_request(data: bytes) -> Request:
    end = data.find(b"\r\n\r\n")
    if end < 0:
        raise ValueError("the head does not end with an empty line")
    lines = data[:end].decode("latin-1").split("\r\n")
    if any("\r" in line or "\n" in line for line in lines):
        raise ValueError("a bare CR or LF in the head")
    method, target, version = _parse_request_line(lines[0])
    headers = Headers(_parse_header(line) for line in lines[1:])

    start = end + 4
    lengths = headers.get_all("Content-Length")
    if len(lengths) > 1:
        raise ValueError("more than one Content-Length")
    length = 0
    if lengths:
        text = lengths[0]
        if not text or any(c not in "0123456789" for c in text):
            raise ValueError(f"bad Content-Length {text!r}")
        length = int(text)
        if len(data) - start < length:
            raise ValueError("the body is shorter than Content-Length")

    path, _, query = target.partition("?")
    return Request(
        method=method,
        path=_unquote(path),
        query=_parse_query(query),
        version=version,
        headers=headers,
        body=data[start:start + length],
        rest=data[start + length:],
    )
