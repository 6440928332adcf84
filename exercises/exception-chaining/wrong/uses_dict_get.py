# expect: wrong_answer
# Reads the key with config.get("port"): a missing key becomes None, and is
# reported as an invalid value instead of a missing key.
class ConfigError(Exception):
    pass


class MissingKeyError(ConfigError):
    def __init__(self, key):
        super().__init__(f"missing key: {key!r}")
        self.key = key


class InvalidValueError(ConfigError):
    pass


def load_port(config: dict) -> int:
    value = config.get("port")
    try:
        port = int(value)
    except (ValueError, TypeError) as error:
        raise InvalidValueError(f"invalid port: {value!r}") from error

    if not 1 <= port <= 65535:
        raise InvalidValueError(f"port out of range: {port}")
    return port
