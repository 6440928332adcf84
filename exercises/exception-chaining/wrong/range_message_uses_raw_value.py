# expect: wrong_answer
# The out-of-range message shows the original value instead of the number.
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
    except KeyError as error:
        raise MissingKeyError("port") from error
    try:
        port = int(value)
    except (ValueError, TypeError) as error:
        raise InvalidValueError(f"invalid port: {value!r}") from error
    if not 1 <= port <= 65535:
        raise InvalidValueError(f"port out of range: {value}")
    return port
