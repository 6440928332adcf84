# expect: wrong_answer
# The metaclass builds each class with a plain type(...) call and injects a
# caching __new__ and a run-once __init__ into it. Instances behave as
# singletons, but the classes are plain `type` objects, not made by Singleton.
class Singleton(type):
    def __new__(mcs, name, bases, namespace):
        cls = type(name, bases, dict(namespace))
        instances = {}
        own_new = cls.__new__
        own_init = cls.__init__

        def __new__(klass, *args, **kwargs):
            if klass not in instances:
                if own_new is object.__new__:
                    instances[klass] = own_new(klass)
                else:
                    instances[klass] = own_new(klass, *args, **kwargs)
            return instances[klass]

        def __init__(self, *args, **kwargs):
            if self.__dict__.get("_initialised"):
                return
            try:
                own_init(self, *args, **kwargs)
            except BaseException:
                del instances[type(self)]
                raise
            self._initialised = True

        cls.__new__ = __new__
        cls.__init__ = __init__
        return cls
