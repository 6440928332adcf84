# expect: wrong_answer
# Raises the new exception inside the handler without "from": Python links the
# original only implicitly, as __context__, so __cause__ is None and the
# traceback says "During handling of the above exception".
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
        raise MissingKeyError("port")

    try:
        port = int(value)
    except (ValueError, TypeError):
        raise InvalidValueError(f"invalid port: {value!r}")

    if not 1 <= port <= 65535:
        raise InvalidValueError(f"port out of range: {port}")
    return port
