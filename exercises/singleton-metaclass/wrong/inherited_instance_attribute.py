# expect: wrong_answer
# Stores the instance as a class attribute and checks it with hasattr(): a
# subclass inherits the parent's attribute and returns the parent's instance.
class Singleton(type):
    def __call__(cls, *args, **kwargs):
        if not hasattr(cls, "_instance"):
            cls._instance = super().__call__(*args, **kwargs)
        return cls._instance
