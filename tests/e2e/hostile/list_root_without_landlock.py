# Lists the root folder with Landlock switched off (the suite runs this one
# with PYJUDGE_DISABLE_LAYERS=landlock): the private root alone must show
# nothing of the host, only what the interpreter needs and the scratch dir.
import os

EXPECTED = {"dev", "sandbox", "usr", "lib", "lib64", "bin", "opt"}


def run():
    print("SENTINEL list_root_without_landlock", flush=True)
    names = sorted(os.listdir("/"))
    print(names, flush=True)
    return 42 if set(names) - EXPECTED else 0
