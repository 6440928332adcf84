# expect: wrong_answer
# Makes MissingKeyError a KeyError too, "to stay compatible": now
# except KeyError catches it, and KeyError's str() adds extra quotes.
class ConfigError(Exception):
    pass


class MissingKeyError(ConfigError, KeyError):
    def __init__(self, key):
        super().__init__(f"missing key: {key!r}")
        self.key = key


class InvalidValueError(ConfigError, ValueError):
    pass


def load_port(config: dict) -> int:
    try:
        value = config["port"]
    except KeyError as error:
        raise MissingKeyError("port") from error

    try:
        port = int(value)
    except (ValueError, TypeError) as error:
        raise InvalidValueError(f"invalid port: {value!r}") from error

    if not 1 <= port <= 65535:
        raise InvalidValueError(f"port out of range: {port}")
    return port
