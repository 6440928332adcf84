# expect: runtime_error
# Validates a string with str.isdigit() before converting it: a port with
# surrounding spaces is rejected, and the error has no cause.
class ConfigError(Exception):
    """Base class for configuration errors."""


class MissingKeyError(ConfigError):
    """A required key is absent from the configuration."""

    def __init__(self, key):
        super().__init__(f"missing key: {key!r}")
        self.key = key


class InvalidValueError(ConfigError):
    """A configuration value cannot be used."""


def load_port(config: dict) -> int:
    """Return config["port"] as an int between 1 and 65535."""
    try:
        value = config["port"]
    except KeyError as error:
        raise MissingKeyError("port") from error

    if isinstance(value, str) and not value.isdigit():
        raise InvalidValueError(f"invalid port: {value!r}")
    try:
        port = int(value)
    except (ValueError, TypeError) as error:
        raise InvalidValueError(f"invalid port: {value!r}") from error

    if not 1 <= port <= 65535:
        raise InvalidValueError(f"port out of range: {port}")
    return port
