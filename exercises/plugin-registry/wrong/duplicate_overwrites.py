# expect: wrong_answer
# No duplicate check: a second class with the same name silently replaces the
# first one.
class Plugin:
    """Base class whose named subclasses register themselves by name."""

    plugin_name = None
    _registry = {}  # one registry for the whole hierarchy: name -> class

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name  # set on every subclass, so it is never inherited
        if name is None:
            return  # an abstract intermediate class: not registered
        Plugin._registry[name] = cls

    @classmethod
    def get(cls, name: str) -> type:
        return Plugin._registry[name]  # KeyError for an unknown name

    @classmethod
    def names(cls) -> list:
        return list(Plugin._registry)
