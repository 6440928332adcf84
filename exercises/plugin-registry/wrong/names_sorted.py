# expect: wrong_answer
# Returns the names sorted alphabetically instead of in definition order.
class Plugin:
    """Base class whose named subclasses register themselves by name."""

    plugin_name = None
    _registry = {}  # one registry for the whole hierarchy: name -> class

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name  # set on every subclass, so it is never inherited
        if name is None:
            return  # an abstract intermediate class: not registered
        if name in Plugin._registry:
            existing = Plugin._registry[name].__qualname__
            raise ValueError(f"plugin name {name!r} is already used by {existing}")
        Plugin._registry[name] = cls

    @classmethod
    def get(cls, name: str) -> type:
        return Plugin._registry[name]  # KeyError for an unknown name

    @classmethod
    def names(cls) -> list:
        return sorted(Plugin._registry)
