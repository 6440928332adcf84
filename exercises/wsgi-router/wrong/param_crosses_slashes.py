# expect: wrong_answer
# Turns <name> into the regular expression .+, which also matches across
# slashes: "/files/docs/readme.txt" matches "/files/<name>".
import re

TEXT_PLAIN = ("Content-Type", "text/plain; charset=utf-8")


def _compile(pattern):
    return re.compile(re.sub(r"<(\w+)>", r"(?P<\1>.+)", pattern))


def _match(regex, path):
    found = regex.fullmatch(path)
    return found.groupdict() if found else None


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
        segments = _compile(pattern)
        methods = tuple(methods)

        def register(handler):
            self._routes.append((segments, methods, handler))
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
