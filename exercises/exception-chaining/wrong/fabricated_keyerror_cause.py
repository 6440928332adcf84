# expect: wrong_answer
# Checks `"port" in config` and chains a brand-new KeyError instead of the
# one the lookup raised.
class ConfigError(Exception):
    pass


class MissingKeyError(ConfigError):
    def __init__(self, key):
        super().__init__(f"missing key: {key!r}")
        self.key = key


class InvalidValueError(ConfigError):
    pass


def load_port(config: dict) -> int:
    if "port" not in config:
        raise MissingKeyError("port") from KeyError("port")
    value = config["port"]
    try:
        port = int(value)
    except (ValueError, TypeError) as error:
        raise InvalidValueError(f"invalid port: {value!r}") from error
    if not 1 <= port <= 65535:
        raise InvalidValueError(f"port out of range: {port}")
    return port
