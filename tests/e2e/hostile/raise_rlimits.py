# Raises its own resource limits. The import gate refuses `import resource`,
# so this reaches it through eval (a frame the gate does not guard) to test the
# layer beneath: an unprivileged process may raise a soft limit up to the hard
# one, never the hard limit, and the supervisor's CPU kill does not depend on
# either.
def run():
    resource = eval("__import__('resource')")
    for limit in (resource.RLIMIT_CPU, resource.RLIMIT_AS, resource.RLIMIT_NOFILE, resource.RLIMIT_FSIZE):
        soft, hard = resource.getrlimit(limit)
        resource.setrlimit(limit, (hard, hard))  # allowed: soft up to hard
    print("SENTINEL raise_rlimits", flush=True)
    resource.setrlimit(resource.RLIMIT_CPU, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
    return 42
