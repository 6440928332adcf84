# expect: wrong_answer
# Uses "raise ... from None", which hides the original error instead of
# recording it as the cause.
class ConfigError(Exception):
    pass


class MissingKeyError(ConfigError):
    def __init__(self, key):
        super().__init__(f"missing key: {key!r}")
        self.key = key


class InvalidValueError(ConfigError):
    pass


def load_port(config: dict) -> int:
    try:
        value = config["port"]
    except KeyError:
        raise MissingKeyError("port") from None

    try:
        port = int(value)
    except (ValueError, TypeError):
        raise InvalidValueError(f"invalid port: {value!r}") from None

    if not 1 <= port <= 65535:
        raise InvalidValueError(f"port out of range: {port}")
    return port
