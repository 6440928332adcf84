# expect: wrong_answer
# Checks the range inside the try block by raising ValueError, which the
# handler then turns into "invalid port", with a cause it should not have.
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
        if not 1 <= port <= 65535:
            raise ValueError(f"port out of range: {port}")
    except (ValueError, TypeError) as error:
        raise InvalidValueError(f"invalid port: {value!r}") from error
    return port
