# Looks for the judge's environment through os.environ: prints how many
# variables there are, the ones that look like secrets, then all of them.
import os


def looks_secret(name):
    return any(word in name.upper() for word in ("SECRET", "TOKEN", "KEY", "PASS"))


def run():
    print("SENTINEL env_secret", flush=True)
    print(len(os.environ))
    print({k: v for k, v in os.environ.items() if looks_secret(k)})
    print(dict(os.environ))
    return len(os.environ)
