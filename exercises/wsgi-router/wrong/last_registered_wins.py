# expect: wrong_answer
# Puts every new route in front of the older ones, so when two routes fit the
# request, the one registered last wins instead of the first.
TEXT_PLAIN = ("Content-Type", "text/plain; charset=utf-8")


def _match(segments, path):
    """Return the path parameters if path matches the pattern's segments, else None."""
    parts = path.split("/")
    if len(parts) != len(segments):
        return None
    params = {}
    for segment, part in zip(segments, parts):
        if segment.startswith("<") and segment.endswith(">"):
            if not part:
                return None
            params[segment[1:-1]] = part
        elif segment != part:
            return None
    return params


def _respond(start_response, status, body, extra_headers=()):
    headers = [TEXT_PLAIN, ("Content-Length", str(len(body)))]
    headers.extend(extra_headers)
    start_response(status, headers)
    return [body]


class App:
    """A tiny WSGI application that dispatches requests to decorated handlers."""

    def __init__(self):
        self._routes = []  # (pattern segments, methods, handler), in registration order

    def route(self, pattern, methods=("GET",)):
        segments = pattern.split("/")
        methods = tuple(methods)

        def register(handler):
            self._routes.insert(0, (segments, methods, handler))
            return handler

        return register

    def __call__(self, environ, start_response):
        path = environ.get("PATH_INFO") or "/"
        method = environ["REQUEST_METHOD"]
        allowed = set()
        for segments, methods, handler in self._routes:
            params = _match(segments, path)
            if params is None:
                continue
            if method not in methods:
                allowed.update(methods)
                continue
            result = handler(**params)
            status, body = result if isinstance(result, tuple) else ("200 OK", result)
            if isinstance(body, str):
                body = body.encode("utf-8")
            return _respond(start_response, status, body)
        if allowed:
            allow = ("Allow", ", ".join(sorted(allowed)))
            return _respond(start_response, "405 Method Not Allowed", b"Method Not Allowed", [allow])
        return _respond(start_response, "404 Not Found", b"Not Found")
