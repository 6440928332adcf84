# expect: runtime_error
# Registers a class only when Plugin is one of its direct bases: plugins that
# derive from another plugin or from an intermediate class are left out, and
# looking them up raises KeyError.
class Plugin:
    """Base class whose named subclasses register themselves by name."""

    plugin_name = None
    _registry = {}  # one registry for the whole hierarchy: name -> class

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name  # set on every subclass, so it is never inherited
        if name is None or Plugin not in cls.__bases__:
            return
        if name in Plugin._registry:
            existing = Plugin._registry[name].__qualname__
            raise ValueError(f"plugin name {name!r} is already used by {existing}")
        Plugin._registry[name] = cls

    @classmethod
    def get(cls, name: str) -> type:
        return Plugin._registry[name]  # KeyError for an unknown name

    @classmethod
    def names(cls) -> list:
        return list(Plugin._registry)
