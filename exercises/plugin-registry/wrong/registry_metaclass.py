# expect: runtime_error
# Registers the classes from a custom metaclass instead of __init_subclass__:
# it works on its own, but a class that also derives from abc.ABC has two
# unrelated metaclasses and cannot be created (metaclass conflict).
class PluginMeta(type):
    registry = {}

    def __new__(mcls, class_name, bases, namespace, name=None, **kwargs):
        cls = super().__new__(mcls, class_name, bases, namespace, **kwargs)
        cls.plugin_name = name
        if name is not None:
            if name in mcls.registry:
                raise ValueError(f"plugin name {name!r} is already used")
            mcls.registry[name] = cls
        return cls


class Plugin(metaclass=PluginMeta):
    plugin_name = None

    @classmethod
    def get(cls, name: str) -> type:
        return PluginMeta.registry[name]

    @classmethod
    def names(cls) -> list:
        return list(PluginMeta.registry)
