# Tries to replace `observe` for every driver, then returns a wrong answer.
import builtins

builtins.observe = lambda *args, **kwargs: None
observe = lambda *args, **kwargs: None  # noqa: E731


def run():
    global observe
    print("SENTINEL patch_observe", flush=True)
    builtins.observe = lambda *args, **kwargs: None
    observe = lambda *args, **kwargs: None  # noqa: E731
    return 41
