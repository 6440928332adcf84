# expect: wrong_answer
# Registers a class without a name under its class name, so abstract
# intermediate classes end up in the registry too.
class Plugin:
    """Base class whose named subclasses register themselves by name."""

    plugin_name = None
    _registry = {}  # one registry for the whole hierarchy: name -> class

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name  # set on every subclass, so it is never inherited
        if name is None:
            name = cls.__name__
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
